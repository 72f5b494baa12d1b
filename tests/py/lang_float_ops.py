# float arithmetic, conversions, rounding
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (5, 0.5)]:
    print(a // b, a % b, divmod(a, b))
print(int(3.9), int(-3.9), round(2.5), round(3.5), round(-2.5), round(0.5))
print(round(2.675, 2), round(1.23456, 3), round(123.456, -1), round(7, -1))
print(type(round(2.5)), type(round(2.5, 1)))
print((2.0).is_integer(), (2.5).is_integer(), 3.0 == 3, 0.1 + 0.2 == 0.3)
print(abs(-2.5), max(1, 2.0), min(1.0, 1), 1 < 1.5 < 2)
print(float(10 ** 15), 10 ** 15 / 10, 2 ** 53 + 1.0)
print(1.5 ** 2, 4 ** 0.5, (-8) ** 2.0, 2 ** -2)
x = 1.0
for _ in range(10):
    x += 0.1
print(x)
print(sum([0.1] * 10), 1e16 + 1, 3 * 1.1)
