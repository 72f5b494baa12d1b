# __repr__ and __str__
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
p = Point(1, "a")
print(p, str(p), repr(p), [p], (p,), {"k": p})
print(f"{p}|{p!r}|{p!s}", "%s %r" % (p, p), "{} {!r}".format(p, p))
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class OnlyStr:
    def __str__(self):
        return "only-str"
o = OnlyStr()
print(o, repr(o).startswith("<__main__.OnlyStr object at"))
class Fmt:
    def __format__(self, spec):
        return f"Fmt[{spec}]"
print(f"{Fmt():abc}", format(Fmt(), "x"), "{:>3}".format(Fmt()))
class Child(Point):
    pass
print(Child(2, 3), repr(Child(2, 3)))
