# set/frozenset/bytes subclasses: re-running __init__, in-place operators keep the subclass, comparisons, constructor errors with CPython's names
class S(set): pass
s = S([1, 2])
s.__init__([5])
print(s, type(s).__name__)
s2 = set([1])
s2.__init__()
print(s2)
print(S([1,2]) == S([2,1]), S([1]) < {1, 2}, {1, 2} > S([1]), S("ab") & S("bc"), type(S("ab") & S("bc")).__name__)
s3 = S([1, 2, 3]); s3 &= {1, 2}; print(s3, type(s3).__name__)
s3 ^= {9}; s3 -= {1}; print(sorted(s3), type(s3).__name__)
s3.update([7], [8]); print(sorted(s3))
s3.intersection_update({7, 8, 2}); print(sorted(s3), type(s3).__name__)
print(isinstance(S(), set), issubclass(S, set), S.__mro__[1] is set)
try:
    set(1, 2)
except TypeError as e:
    print(e)
try:
    set(x=1)
except TypeError as e:
    print(e)
try:
    S(x=1)
except TypeError as e:
    print(e)
class F(frozenset): pass
f = F([1, 2])
print(f, hash(f) == hash(frozenset([1, 2])), {f, frozenset([1, 2])}, F() == frozenset(), f | F([3]))
try:
    F(x=1)
except TypeError as e:
    print(e)
class B(bytes): pass
b = B(b"abc")
print(b * 2, type(b * 2).__name__, b + B(b"d"), b.replace(b"a", b"z"), b.join([b"1", b"2"]), b.strip(b"ac"), b.find(b"c"))
print(b < b"abd", b == B(b"abc"), sorted([B(b"b"), B(b"a")]), bytes.__new__(B, b"x"), type(bytes.__new__(B, b"x")).__name__)
print(B.fromhex("00ff"), b.count(b"a"), b.decode("ascii"), str(b), b[-1], b[::-1], bytes(B(b"q")) == b"q")
try:
    bytes.__new__(int)
except TypeError as e:
    print(e)
try:
    B("x")
except TypeError as e:
    print(e)
class B2(bytes):
    def __init__(self, *a):
        self.info = len(self)
print(B2(b"hello").info, B2(3).info)
