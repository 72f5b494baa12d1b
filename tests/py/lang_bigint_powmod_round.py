# math.gcd/lcm/isqrt and three-argument pow on ints of any size, round(int, -n) half even
import math
print(math.gcd(), math.lcm(), math.gcd(0, 0), math.lcm(0, 5), math.gcd(-12, 18), math.lcm(-4, 6), math.gcd(2**64, 2**32 * 3), math.gcd(7), math.lcm(-7), math.gcd(True, 4))
print(math.lcm(2**64, 3, 5), math.gcd(12, 18, 27), math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(2**128 - 1), math.isqrt(10**100))
for f, a in [(math.gcd, (1.5,)), (math.isqrt, (-1,)), (math.isqrt, (2.0,)), (math.lcm, ("a", 2))]:
    try: print(f(*a))
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(pow(3, 4, 5), pow(3, 4, -5), pow(-3, 3, 7), pow(2, 100, 10**9 + 7), pow(2**100, 2**100, 2**61 - 1), pow(5, 0, 1), pow(5, -1, 1), pow(0, 0, 3))
print(pow(3, -1, 7), pow(3, -1, -7), pow(-3, -2, 11), pow(10**30, -1, 2**89 - 1), pow(3, 2**70, 1000), pow(2, -3, 7))
for a in [(2, -1, 4), (0, -1, 5), (3, 2, 0), (3, 2.0, 5), (10**20, -1, 10**10)]:
    try: print(pow(*a))
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(round(True), round(True, -1), round(5, 2), round(-25, -1), round(-35, -1), round(45, -1), round(10**50, -49), round(10**50 + 5 * 10**48, -49), round(1, -1000))
print(round(-(5 * 10**48), -49), round(2**200 - 1, -60), type(round(True, 2)))
