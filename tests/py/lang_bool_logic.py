# and/or/not return values, truthiness
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "dflt", None or 0, [] and "x")
print(not 0, not 1, not "", not [0], not None)
for v in [0, 1, -1, 0.0, "", "a", [], [0], (), {}, {0: 0}, None, set(), range(0), range(1)]:
    print(repr(v), bool(v))
def side(n, r):
    print("side", n)
    return r
print(side(1, False) and side(2, True))
print(side(3, True) or side(4, True))
print(side(5, 0) or side(6, "") or side(7, "last"))
print(True + True, True * 10, False - 1, True == 1)
x = None
print(x is None, x is not None, x == None)
print(True and "yes" or "no", False and "yes" or "no")
