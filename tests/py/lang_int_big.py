# arbitrary-precision integers
a = 2 ** 100
print(a, a + 1, a * a)
print(-a, -a // 7, -a % 7, a // -7)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // 2 ** 20, f % 1000003)
print((2 ** 64 - 1).bit_length(), (2 ** 64).bit_length(), (255).bit_length(), (0).bit_length())
print(2 ** 70 == 2 ** 70, 2 ** 70 > 2 ** 69, -(2 ** 70) < 5)
print(hex(2 ** 80), bin(2 ** 65), oct(8 ** 30))
print(int("123456789012345678901234567890") * 3)
print(str(10 ** 25), len(str(3 ** 200)))
print(abs(-(10 ** 30)), divmod(10 ** 30, 7), divmod(-(10 ** 30), 7))
print(pow(2, 200, 10 ** 9 + 7), 12345678901234567890 & 0xFFFF, 1 << 100 >> 99)
