# big integers as a course uses them: factorials, powers of two, digit sums, gcd, modular pow
import math
f50 = math.factorial(50)
print(f50)
print(len(str(f50)), sum(int(d) for d in str(f50)), str(f50).count("0"), f50 % 1000003)
p = 2 ** 200
print(p, p - 1, p // 3, p % 1000000007, -p // 7, -p % 7)
print(p.bit_length(), len(str(p)), p == 1 << 200, p >> 190, hex(p)[:8], str(p)[::-1][:10])
print(pow(3, 10 ** 18, 10 ** 9 + 7), pow(2, 200) == p)
print(f50 // math.factorial(48), math.comb(100, 50), math.perm(20, 10))
fib = [0, 1]
for _ in range(298):
    fib.append(fib[-1] + fib[-2])
print(fib[299], fib[299] % 10 ** 10, len(str(fib[299])))
print(int(str(p) + "0") == p * 10, int("-" + "9" * 40) + 1, divmod(-p, 10 ** 30))
print(abs(-f50) == f50, (-p) ** 2 == p * p, p * 0, p ** 0, 0 - p)
big = 12345678901234567890123456789
print(big * big, big // -12345, big % -12345, -big // 12345, -big % 12345)
print(sorted([p, -p, 0, f50, 10 ** 60, -1]), max(p, f50) == f50)
print(float(p), p / 3, p // 3 * 3 + p % 3 == p, f"{p:.3e}", f"{f50:,}"[:13])
