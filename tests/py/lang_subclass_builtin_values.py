# subclasses of str, int, float and tuple: __new__ via super(), attributes, exact-type results, hashing and dict keys, str/repr fallbacks
class Str(str):
    def __new__(cls, value, tag="x"):
        self = super().__new__(cls, value)
        self.tag = tag
        return self
    def shout(self):
        return self.upper() + "!"
s = Str("hello", tag="t")
print(s, repr(s), s.tag, s.shout(), type(s), type(s.upper()), type(s + "a"), type(s[1:]), type(str(s)))
print(s == "hello", hash(s) == hash("hello"), {"hello": 1}[s], {s: 2}["hello"], s in {"hello"})
print(isinstance(s, str), issubclass(Str, str), Str.__mro__, s.__dict__)
print(f"{s}", "%s" % s, "{}".format(s), s.split("l"), s * 2, "ab" + s, len(s), list(s)[:2])
class R(str):
    def __repr__(self):
        return "R!"
r = R("abc")
print(r, str(r), repr(r), [r], f"{r}", f"{r!r}")
class I(int):
    pass
i = I(7)
print(i, repr(i), i + 1, type(i + 1), type(-i), type(abs(i)), type(int(i)), i.bit_length(), bool(I(0)), bool(I(3)))
print(hash(I(-1)), hash(-1), I(5) == 5, {5: "five"}[I(5)], I("12"), I("ff", 16), I(2.9), I(), type(I()))
print(I(10) // 3, I(10) / 4, I(10) % 3, I(2) ** 10, I(6) & 3, I(6) | 1, I(6) << 2, ~I(5), I(7) > 6.5)
print(sorted([I(3), 1, I(2)]), max(I(3), 4), round(I(7)), divmod(I(7), 2), I(7).__index__(), type(I(7).__index__()))
print(range(I(3)), [0, 1, 2, 3][I(2)], "abc"[I(1)], I(5).__add__(1), I(10**30) + 1, type(I(10**30)))
big = I(2**100)
print(big, big > 2**99, big - 2**100, type(big - 2**100), hash(big) == hash(2**100), bool(I(0)))
class F(float):
    def half(self):
        return self / 2
f = F(3.5)
print(f, repr(f), f.half(), type(f.half()), f + 1, type(f + 1), 1 + f, f * f, -f, type(-f), F("2.5"), F(), F(7))
print(f == 3.5, hash(f) == hash(3.5), int(f), round(f), f"{f:.2f}", f.is_integer(), float(f), type(float(f)))
f.unit = "m"
print(f.unit, f.__dict__, isinstance(f, float))
class Money(int):
    def __new__(cls, v, cur="EUR"):
        o = super().__new__(cls, v)
        o.cur = cur
        return o
    def __repr__(self):
        return f"Money({int(self)}, {self.cur!r})"
    def __add__(self, other):
        return Money(int(self) + int(other), self.cur)
m = Money(5, "USD")
print(m, m + 3, 3 + m, m - 1, type(m - 1), [m])
class P(tuple):
    def first(self):
        return self[0]
p = P([1, 2])
print(p, p.first(), type(p[:1]), p + (3,), type(p + (3,)))
try:
    class B(bool): pass
except TypeError as e:
    print("TypeError:", e)
print(str.__new__(Str, "q"), type(str.__new__(Str, "q")))
try:
    str.__new__(int, "q")
except TypeError as e:
    print("TypeError:", e)
class E(str): pass
e = E()
print(repr(e), type(e), bool(e), E("a") < E("b"), E("x").join(["1", "2"]))
