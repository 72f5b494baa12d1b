# format spec: thousands separators , and _ with ints, floats, bases and widths
for n in [0, 999, 1000, 123456, -1234567, 10 ** 12, 2 ** 64]:
    print(f"{n:,} {n:_} {n:>16,} {n:016,}")
print(f"{1234567.891:,.2f} {1234567.891:_.1f} {-0.5:,.3f} {1e6:,}")
print(f"{1234.5:,e} {9876543.21:,.3g}" if False else f"{1234567.0:,g} {123456789.0:,.10g}")
print(f"{0xDEADBEEF:_x} {0xDEADBEEF:_X} {255:_b} {4096:_o} {65535:#_x}")
print(f"{12345678:,d} {1234:,.2f} {12345.6789:,.2%}")
print("{:,}".format(1234567), "{:_}".format(7654321), format(1000000, ","))
print(f"{1234:08,} {1234:09,} {123:07_}")
print(f"{10 ** 20:,}", f"{-(10 ** 15):_}")
total = sum([1999.99, 25000.5, 300])
print(f"Total: ${total:>12,.2f}")
