# conversions between floats and ints beyond 62 bits
print(int(1e20), int(-1e19), int(2.0 ** 62), int(2.0 ** 63), int(1.5e30))
print(float(10 ** 20), 10 ** 20 / 10, float(2 ** 62), 2 ** 62 / 3)
print(round(1e20), round(1.23e25, -20), int("9" * 25) // 10 ** 20)
print(2 ** 62 == 2.0 ** 62, 10 ** 20 > 1e19, 3 ** 40 < 1e20)
