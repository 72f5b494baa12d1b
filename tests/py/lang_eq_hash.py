# __eq__/__hash__ interplay in sets and dicts
class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __hash__(self):
        return hash(self.name.lower())
    def __repr__(self):
        return f"Key({self.name})"
s = {Key("a"), Key("A"), Key("b")}
print(len(s), Key("B") in s)
d = {Key("x"): 1}
d[Key("X")] = 2
print(d)
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
print(EqOnly.__hash__)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain(), len({p, p}))
class Weird:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return True
print(len({Weird(), Weird(), Weird()}))
class Num:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if isinstance(other, Num):
            return self.v == other.v
        if isinstance(other, int):
            return self.v == other
        return NotImplemented
    def __hash__(self):
        return hash(self.v)
print(Num(3) == 3, 3 == Num(3), Num(3) != 4, Num(3) == "3")
print({3: "int"}[Num(3)], Num(3) in {1, 2, 3})
print(1 == 1.0, hash(1) == hash(1.0), {1: "a", 1.0: "b", True: "c"})
print([Key("q")].index(Key("Q")), [Key("q")].count(Key("Q")))
