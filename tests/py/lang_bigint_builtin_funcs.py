# math and builtin functions on integers beyond 64 bits
import math
f50 = math.factorial(50)
p = 2 ** 200
print(math.gcd(f50, p), math.gcd(2 ** 100 - 1, 2 ** 60 - 1), math.gcd(-p, 6))
print(math.lcm(2 ** 70, 3 ** 40), math.lcm(10 ** 20, 15))
print(math.isqrt(p), math.isqrt(f50), math.isqrt(10 ** 40 + 1))
print(pow(7, -1, 13), pow(3, -2, 10 ** 20 + 39), pow(2, -1, 2 ** 89 - 1))
print((-1) ** p, 1 ** p, 0 ** p, (-1) ** (p + 1))
print(round(10 ** 25 + 5, -1), round(-(10 ** 25) - 15, -1), round(p, -58), round(2 ** 64 + 5, -1))
print(round(12345678901234567890, -5), round(-98765432109876543210, -10))
