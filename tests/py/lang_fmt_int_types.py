# format spec integer presentation types: b o x X d n c and none; bool and negative values
for n in [0, 1, 10, 255, -255, 65, 2 ** 40]:
    print(f"{n:b} {n:o} {n:x} {n:X} {n:d} {n:n} {n}")
print(f"{65:c}{97:c}{0x263A:c}{10:c}end")
print(f"{True:d} {False:b} {True:x} {True} {True:>5} {False:^7}")
print(f"{42:10b}|{42:<10o}|{42:^10x}|{42:*>10X}|")
print(f"{255:08b} {3:03b} {-3:04b}")
print(bin(10), oct(10), hex(10), bin(-10), hex(-255), oct(0))
print(int("ff", 16), int("0xff", 16), int("0b101", 0), int("0o17", 0), int("z", 36), int("  12  "))
print("%d %i %o %x %X %c %c" % (42, -7, 64, 3054, 3054, 65, "z"))
print("{0:b} {0:o} {0:x} {0:#x} {0:d}".format(2024))
try:
    format(3.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(5, "s")
except ValueError as e:
    print("ValueError:", e)
