# join (and its errors), zfill, center/ljust/rjust with fill characters
print(", ".join(["a", "b", "c"]), "".join(reversed("stressed")), "+".join("123"), "-".join([]))
print("\n".join(f"{i}: {'*' * i}" for i in range(1, 4)))
print(" ".join(map(str, [1, 2.5, None, True])), "|".join(("x",)), "ab".join("123"))
for bad in [[1, 2], ["a", None], ["a", b"b"]]:
    try:
        ",".join(bad)
    except TypeError as e:
        print("TypeError:", e)
print("42".zfill(6), "-42".zfill(6), "+42".zfill(6), "3.14".zfill(7), "-".zfill(3), "abc".zfill(2), "0x1".zfill(5))
print(repr("ab".center(6, "-")), repr("abc".center(6, "-")), repr("ab".center(7, "-")), repr("abc".center(8)))
print(repr("title".center(11, "=")), repr("odd".center(4, "*")), repr("x".center(0)), repr("".center(3, ".")))
print(repr("ab".ljust(5, "0")), repr("ab".rjust(5, "0")), repr("toolong".ljust(3)), repr("é".rjust(3, "ü")))
for bad_fill in ["ab", ""]:
    try:
        "x".center(5, bad_fill)
    except TypeError as e:
        print("TypeError:", e)
rows = [("Item", "Qty"), ("apple", 3), ("kiwi", 12)]
for item, qty in rows:
    print(str(item).ljust(8, ".") + str(qty).rjust(5))
print("=" * 13, "[" + "menu".center(11) + "]")
