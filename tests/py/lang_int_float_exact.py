# int/float comparisons are exact (no rounding of the int); int->float overflow messages
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53), 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 23 == 1e23, 1e23 == 10 ** 23, 10 ** 23 < 1e23, int(1e23) == 1e23)
print(2 ** 64 - 1 < 2.0 ** 64, 2 ** 64 == 2.0 ** 64, -(2 ** 63) - 1 < -(2.0 ** 63))
print(10 ** 400 > 1e308, 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"), 10 ** 400 == float("inf"))
print(sorted([2 ** 53 + 1, 2.0 ** 53, 2 ** 53]), max(2 ** 60 + 1, float(2 ** 60)))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    2 ** 10000 / 3
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 * 1.0
except OverflowError as e:
    print("OverflowError:", e)
print((2 ** 10000) // (2 ** 9999), (2 ** 1100) / (2 ** 1099), 1 / 10 ** 400)
