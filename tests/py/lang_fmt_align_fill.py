# format spec: fill characters and alignment (<, >, ^, =) on strings and numbers
for spec in ["<8", ">8", "^8", "*<8", "*>8", "*^8", "-^9", "0>5", "#^7", "^1"]:
    print(f"[{format('abc', spec)}]", f"[{format(42, spec)}]")
print(f"[{-42:=8}]", f"[{-42:0=8}]", f"[{42:+=8}]", f"[{-3.5:_=10}]")
print(f"[{'x':^4}]", f"[{'xy':^5}]", f"[{'xyz':^6}]")
print(f"[{'{':>3}]", f"[{'}':<3}]", "[{:{}>4}]".format("a", "{"))
print(f"[{'toolong':3}]", f"[{12345:3}]", f"[{'':5}]")
print(f"[{True:>6}]", f"[{None!s:>6}]", f"[{3.0:<6}]", f"[{-0.0:>6}]")
print("[{:>{w}}]".format("r", w=4), "[{:{f}^{w}}]".format("c", f="~", w=5))
print(f"[{'ab':<3}{'cd':>3}]", "|".join(f"{n:^5}" for n in ["a", "bb", "ccc"]))
width = 10
for name, price in [("apple", 1.5), ("kiwi", 12.25), ("watermelon", 3)]:
    print(f"{name:.<{width}}{price:.>8.2f}")
print("[%-6s][%6s][%-6d][%6.2f]" % ("ab", "cd", 7, 3.14159))
print("abc".ljust(6, "*"), "abc".rjust(6, "*"), "abc".center(8, "*"), "abc".center(2))
