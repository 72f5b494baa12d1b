# math module functions with exact, deterministic results
import math
print(math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(7), type(math.floor(2.5)))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.sin(0), math.cos(0), math.tan(math.pi / 4), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0), math.exp(1))
print(math.pow(2, 10), math.fabs(-3), math.fmod(-7, 3), -7 % 3, math.hypot(3, 4), math.copysign(1, -0.0))
print(math.factorial(10), math.comb(5, 2), math.perm(5, 2), math.gcd(12, 18), math.prod([1, 2, 3, 4]))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isinf(1e308 * 10), math.isfinite(1.0))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.dist((0, 0), (3, 4)), math.isqrt(99), math.floor(-0.0), math.ceil(1e-9))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.acos(2)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(round(math.sin(math.pi), 12), math.cos(math.pi), round(math.asin(1), 15), math.erf(0) if hasattr(math, "erf") else 0.0)
