# shortest-repr floats, str(float) parsing forms, and values around the scientific switch
vals = [0.1 + 0.2, 0.3, 1 / 3 * 3, 1.1 + 2.2, 1e16, 1e16 + 2, 9999999999999998.0, 1e15 + 0.5,
        1e-5, 0.0001, 0.00001234, 123e-7, 1e23, 1e22, 5e-324, 2.2250738585072014e-308,
        9007199254740993.0, 0.1 * 3, 100.0 / 3, 4.35 * 100, 1.15 * 100, -1e-7, 1.0e-4]
for v in vals:
    print(repr(v))
for s in ["1_000.5", ".5", "5.", "-inf", "+INF", "nan", "-NaN", "1E5", "  1e-3 ", "0x0" if False else "0.0",
          "1e400", "-1e400", "1e-400", "infinity", "00012.50"]:
    print(repr(s), float(s))
for s in ["1e", "1..2", "", "1,5", "inf inity", "0x10"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
print(str(1e16), str(123456789012345678.0), str(0.1), f"{1e16}", f"{0.1 + 0.2}")
print([0.1 * i for i in range(1, 8)])
print(sum([0.1] * 10) == 1.0, 0.1 + 0.2 - 0.3, 1 - 0.9, 2.675 * 100, 1e-10 + 1)
print(-0.0, 0.0 * -1, abs(-0.0), str(-0.0), repr(-0.0 + 0.0), -0.0 == 0.0)
print(float("nan") * 0, -float("nan"), float("-inf") * -1, 1e308 + 1e308)
