# int() parsing edge cases: underscore right after a base prefix, non-ASCII decimal digits
print(int("0x_ff", 16), int("0b_1010", 0), int("0o_17", 8), int("0_7" if False else "7"))
for s in ["010", "00x1", "0_10"]:
    try:
        print(int(s, 0))
    except ValueError as e:
        print("ValueError:", e)
print(int("١٢٣"), int("٤٢", 10), float("١.٥"), int("１２"))
