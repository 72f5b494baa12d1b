# float repr / str
vals = [0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 1.0, -0.0, 100.0, 1e16, 1e15, 123456789.0,
        1e-4, 1e-5, 0.00012, 1.5e300, 2.5, 3.14159, 1e22, 1.23e-10, 5e-324, 1.7976931348623157e308]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"))
print(float("1.5"), float("  -2.25 "), float("1e3"), float(7), float("Infinity"))
print([0.5, 1.25], (2.0,), {1: 0.75})
print(1e300 * 1e300, -1e300 * 1e300)
print(0.1 + 0.7, 1.1 * 3, 2 ** 0.5, 10 ** -2)
