# int() syntax edge cases per base, Unicode digits, correctly rounded int/int and int->float, exact mixed comparisons, round(int, -n), powers of 0/1/-1
cases = [("0x_ff", 16), ("0x_ff", 0), ("0x__ff", 16), ("0x_", 16), ("0x", 16), ("_1", 10), ("1_", 10), ("1__0", 10), ("1_0", 10),
         ("0_0", 0), ("00", 0), ("0", 0), ("-0", 0), ("+0x10", 0), (" 0b101 ", 0), ("0b101", 16), ("0o17", 8), ("0o17", 10),
         ("0x1", 10), ("- 1", 10), ("\t12\n", 10), ("12 3", 10), ("z", 36), ("Z", 36), ("10", 2), ("2", 2), ("", 10), (" ", 10),
         ("٣", 10), ("١٢", 16), ("1é", 10), ("𝟏𝟐", 10), ("0x١", 16), ("99999999999999999999999999", 10),
         ("-0b" + "1" * 100, 0), ("0_7", 0), ("07", 8), ("0o_7", 0), ("1" * 300 + "x", 10)]
for s, b in cases:
    try: print(repr(s), b, int(s, b))
    except ValueError as e: print("ValueError:", e)
print(int(b"12"), int(b"ff", 16), int(" 42 "), int("-0x10", 16))
try: int(b"1x")
except ValueError as e: print("ValueError:", e)
try: int(5, 10)
except TypeError as e: print("TypeError:", e)
print(float("١.٥"), float(" ٣e٢ "), float("１２.５"))
try: float("1é")
except ValueError as e: print("ValueError:", e)
print(2**63 / 3, (2**63 + 1) / 1, 9007199254740993 / 1, -(2**60 + 3) / 7, 10**30 / 10**10, 1 / 3, (10**22 + 1) / 10**22)
print(2**-1074 if False else 5e-324, 1 / 2**1074, 1 / 2**1075, 3 / 2**1075, 2**1024 // 2 / 1, (2**1024 - 2**971) / 1)
for x in [2**1024, -2**1024 + 2**970 - 1]:
    try: print(x / 1)
    except OverflowError as e: print("OverflowError:", e)
print(float(2**1024 - 2**971), float(2**1024 - 2**970 - 1), float(2**64 + 2**11), float(2**64 + 2**11 + 1), float(-(2**80 + 3)))
try: float(2**1024 - 2**970 + 1) if False else float(2**1024 - 2**969)
except OverflowError as e: print("OverflowError:", e)
print(2**100 + 0.5, 2**100 * 1.5, 1.5 - 2**70, (2**70) % 1.5, 2.0 ** 2**5, 2**1000 == 2.0**1000, 2**1000 + 1 > 2.0**1000)
print(hash(2**100) == hash(float(2**100)), {2**80: 1}.get(2.0**80))
try: 1.5 + 10**400
except OverflowError as e: print("OverflowError:", e)
print(10**400 > 1.5, 1.5 < 10**400, -10**400 < -1e308, 0.5 < 1, 1 < 1.5, True < 1.5, 2**62 == 2.0**62, 2**62 + 1 == 2.0**62)
print(round(2**64 + 5, -1), round(15, -1), round(25, -1), round(-15, -1), round(5, -1), round(123, -5), round(10**30 + 5*10**9, -10), round(7, 0), round(2**70, 3))
print((-1) ** (2**100), (-1) ** (2**100 + 1), 1 ** (2**200), 0 ** (2**100), 0 ** 0, (-1) ** 0, 2 ** -1, (-2) ** -3, 0 ** 2**65 if True else 0)
