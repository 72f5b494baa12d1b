# int(str, base): prefixes, base 0, underscores, whitespace, signs, bases 2..36, errors
cases = [("101", 2), ("-101", 2), ("0b101", 2), ("777", 8), ("0o777", 8), ("ff", 16),
         ("FF", 16), ("0xFf", 16), ("zz", 36), ("Zz", 36), ("10", 3), ("0", 0), ("0x1f", 0),
         ("0o17", 0), ("0B11", 0), ("1_000", 10), ("  -42  ", 10), ("+7", 0)]
for s, b in cases:
    print(repr(s), b, int(s, b))
print(int("1_000_000"), int(" \t12\n"), int("-0"), int("000"), int("0_0"))
for s, b in [("12", 2), ("0x10", 10), ("1__0", 10), ("_1", 10), ("", 10), ("0o8", 0),
             ("9", 8), ("1.5", 10), ("g", 16), ("0x", 16), (" ", 10)]:
    try:
        int(s, b)
    except ValueError as e:
        print("ValueError:", e)
for b in [1, 37, -1]:
    try:
        int("1", b)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError:", e)
print(int("11", base=16), int(b"42") if isinstance(b"42", bytes) else 42, int(True), int(-7.9))
print([int(c, 16) for c in "cafe"], int("".join("1" for _ in range(64)), 2))
