# integer arithmetic, floor division and modulo signs
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3)]
for a, b in pairs:
    print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b))
print(2 ** 10, 2 ** 0, (-2) ** 3, -2 ** 2, 2 ** -1)
print(pow(3, 4), pow(3, 4, 5), pow(-3, 3, 7))
print(10 / 4, 9 / 3, -9 / 2, 1 / 8)
print(7 & 3, 7 | 8, 7 ^ 2, ~5, 1 << 10, 1024 >> 3, -16 >> 2)
x = 5
x += 3; x -= 1; x *= 4; x //= 3; x %= 5; x **= 3
print(x)
print(abs(-12), -(-3), +4, int(True) + True)
print(0 == -0, 10 // 3 * 3 + 10 % 3)
