# mixing int and float: result types, exact comparisons, overflow, special values
print(type(1 + 1.0).__name__, type(2 * 3).__name__, type(6 / 3).__name__, type(7 // 2.0).__name__)
print(6 / 3, 7 / 2, -7 / 2, 2 ** 0.5 == 2 ** (1 / 2), 10 ** -1, 0 ** 0, 0.0 ** 0)
print(2 ** 53 == 2.0 ** 53, float(2 ** 53 + 1) == 2.0 ** 53)
print(10 ** 20 == 1e20, int(1e23))
print(1 == 1.0 == True, 0 == 0.0 == False == -0.0, 3 < 3.0000001, -1 < -0.5)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError:", e)
print(2 ** 10000 // 3 ** 6000 > 0, (2 ** 1000) / (2 ** 999), 10 ** 400 > float("inf"))
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf < 0 < inf, inf == inf, nan == nan, nan != nan)
print(max(1, inf), min(-inf, 5), [1.0, 2] < [1, 3], nan in [nan], nan is nan)
print(1 / inf, -1 / inf, 1e308 * 10, -1e308 * 10, 5e-324 / 2)
print(7 % -3.0, -7 % 3.0, -7.0 // 2, 7.0 // -2, divmod(-7.5, 2), divmod(7, -2.5))
print(int(2.9999999999999996), int(-0.9), int(1e15 + 0.3), float(True) + True)
print(sum([1, 2.5, True]), sum([0.1] * 3), abs(-0) + abs(-0.0), 3 * 0.1 == 0.3)
print(7 // 0.5, 7 % 0.5, 1 // 0.1, 1 % 0.1)
print(pow(2, 0.5), pow(-8, 1 / 3).__class__.__name__ if False else pow(4, -1), pow(2.0, 3))
