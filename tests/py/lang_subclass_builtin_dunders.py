# str/int/float subclasses overriding __eq__/__hash__/__str__/__repr__/__index__, __init__ after str's constructor, class keywords beside metaclass=type
class CI(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()
    def __hash__(self):
        return hash(self.lower())
d = {CI("Key"): 1}
print(d.get(CI("KEY")), CI("a") == "A", "A" == CI("a"), CI("a") != "A", d)
class Named(str):
    def __init__(self, v):
        self.length = len(v)
    def __str__(self):
        return "<" + self + ">"
n = Named("abc")
print(n, str(n), repr(n), f"{n}", "%s" % n, n.length, "{}".format(n), [n], n + "!", print)
class S(str): pass
print(S(b"abc", "utf-8"), type(S(b"abc", "utf-8")), S(5), S([1]), S(), S(S("z")))
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class C(Base, metaclass=type, flag=1, other="x"):
    pass
class Ix(int):
    def __index__(self):
        return 3
print([10, 20, 30, 40][Ix(1)], hex(Ix(255)), bin(Ix(5)), f"{Ix(42):05d}", f"{Ix(42)}", "%d" % Ix(7), Ix(7) == 7)
class Bits(int):
    def __str__(self):
        return bin(self)
print(Bits(5), str(Bits(5)), repr(Bits(5)), f"{Bits(5)}", [Bits(5)])
class Pct(float):
    def __repr__(self):
        return f"{float(self) * 100:.0f}%"
p = Pct(0.25)
print(p, [p], p * 2, str(p), f"{p}", f"{p:.3f}")
