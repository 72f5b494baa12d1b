# subclassing immutable builtins: str, int, float, tuple
class Str(str):
    def shout(self):
        return self.upper() + "!"
s = Str("hi")
print(s.shout(), s + "c", isinstance(s, str), len(s), s == "hi", type(s).__name__)
class Money(int):
    def __repr__(self):
        return f"Money({int(self)})"
m = Money(5)
print(m, repr(m), m + 1, m * 2, isinstance(m, int), Money(3) < Money(4))
class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32
print(Celsius(100).to_f(), Celsius(1.5) + 1)
class Pair(tuple):
    def first(self):
        return self[0]
p = Pair((1, 2))
print(p, p.first(), len(p), p + (3,))
