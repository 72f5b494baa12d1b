# integer values around the 32/62/63/64-bit boundaries
for e in (30, 31, 32, 60, 61, 62, 63, 64):
    v = 2 ** e
    print(e, v - 1, v, -v, v + 1)
print(9223372036854775807, -9223372036854775808, 18446744073709551615)
m = 2 ** 63 - 1
print(m + 1, m * 2, -m - 2, (-m - 1) // -1, abs(-m - 1))
print(hex(2 ** 64 - 1), 2 ** 61 * 4, 3 ** 39 * 3)
