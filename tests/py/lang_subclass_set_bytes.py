# subclassing set, frozenset and bytes: attributes, overridden methods, operators returning the plain base type as CPython does
class Tags(set):
    def __init__(self, items=(), owner="?"):
        super().__init__(items)
        self.owner = owner
    def add_all(self, *xs):
        for x in xs:
            self.add(x)
        return self
    def __repr__(self):
        return "Tags(" + repr(sorted(self)) + ", owner=" + self.owner + ")"

t = Tags([3, 1, 2], owner="me")
print(t, len(t), 2 in t, t.owner, type(t).__name__, isinstance(t, set))
t.add_all(5, 4)
print(sorted(t), t.owner)
u = t | {9}
print(type(u).__name__, sorted(u))
print(type(t & {1, 2}).__name__, type(t - {1}).__name__, type(t ^ {1}).__name__)
print(type(t.union([7])).__name__, type(t.copy()).__name__, type(t.intersection({1})).__name__)
print(type({1} | t).__name__, t == {1, 2, 3, 4, 5}, t <= {1, 2, 3, 4, 5, 6}, t.issubset(range(10)))
t |= {10}
print(type(t).__name__, 10 in t, t.owner)
t -= {10}
print(type(t).__name__, 10 in t)
print(set(t) == t, sorted(set(t)), bool(Tags()), bool(t))
t.discard(1); t.remove(2)
print(sorted(t), t.pop() in {3, 4, 5})
t.clear()
print(t, len(t))

class Plain(set):
    pass
p = Plain("abca")
print(sorted(p), type(p).__name__, repr(Plain()), repr(Plain([1])))
p.extra = 1
print(p.extra, p.__dict__)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)

class Frozen(frozenset):
    def __new__(cls, items=(), label=""):
        self = super().__new__(cls, items)
        self.label = label
        return self
    def __init__(self, items=(), label=""):
        pass

f = Frozen([1, 2, 2, 3], label="f")
print(sorted(f), f.label, type(f).__name__, len(f), hash(f) == hash(frozenset([1, 2, 3])))
print(repr(Frozen([1])), type(f | {4}).__name__, type(f & {1}).__name__, type(f.copy()).__name__)
print({f: "key"}[frozenset({1, 2, 3})], f == frozenset({1, 2, 3}), f == {1, 2, 3})
print(type(frozenset.__new__(Frozen, [1])).__name__)

class FS(frozenset):
    pass
print(repr(FS()), repr(FS("ab")) in ("FS({'a', 'b'})", "FS({'b', 'a'})"), type(FS("x").union("y")).__name__)

# bytes
class Payload(bytes):
    def __new__(cls, data, kind="raw"):
        self = super().__new__(cls, data)
        self.kind = kind
        return self
    def checksum(self):
        return sum(self) % 256

b = Payload(b"hello", kind="greeting")
print(b, repr(b), len(b), b[0], b[1:3], b.kind, b.checksum(), type(b).__name__)
print(b == b"hello", b.upper(), type(b.upper()).__name__, type(b + b"!").__name__, type(b[1:]).__name__)
print(b.decode(), b.hex(), b"ell" in b, list(b)[:2], hash(b) == hash(b"hello"), isinstance(b, bytes))
print({b: 1}[b"hello"], b.startswith(b"he"), b.split(b"l"), bytes(b), type(bytes(b)).__name__)

class Raw(bytes):
    pass
r = Raw([65, 66])
print(r, Raw(3), Raw("é", "utf-8"), Raw(), type(Raw.fromhex("4142")).__name__, Raw.fromhex("4142"))
r.tag = "x"
print(r.tag, vars(r))

class Named(bytes):
    def __repr__(self):
        return "Named(" + super().__repr__() + ")"
    def __str__(self):
        return "named:" + self.decode()
print(repr(Named(b"ab")), str(Named(b"ab")), f"{Named(b'cd')}", [Named(b"x")])

class SizedSet(set):
    def __len__(self):
        return 100
    def __contains__(self, x):
        return True
ss = SizedSet([1])
print(len(ss), 5 in ss, bool(ss), sorted(ss))

try:
    class Bad(set, bytes):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(frozenset, set):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    Payload()
except TypeError as e:
    print("TypeError:", e)
try:
    Tags(5)
except TypeError as e:
    print("TypeError:", e)
