# round(): banker's rounding on halves, ndigits (positive, zero, negative), result types
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, 4.5, -0.5, -1.5, -2.5, 5.5, 6.5]])
print([round(x, 1) for x in [0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 1.25, 2.675]])
print([round(x, 2) for x in [1.005, 1.015, 1.025, 2.345, 0.125, 0.375]])
print(round(2.5, 0), round(-0.4), round(-0.6), round(0.4999999999999999))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(123456789, -3), round(5, -1), round(-5, -1), round(0, -3), round(99, -2))
print(type(round(1.5)), type(round(1.5, 0)), type(round(7, 1)), type(round(7, -1)))
print(round(1e20), round(2 ** 70 + 0.0), round(1e16 + 0.5))
print(round(3.14159, 10), round(1 / 3, 5), round(-1 / 3, 5), round(2 / 3, 15))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(float("nan"), 1))
class Price:
    def __init__(self, v):
        self.v = v
    def __round__(self, n=None):
        return f"rounded({self.v}, {n})"
print(round(Price(2.5)), round(Price(2.5), 1))
