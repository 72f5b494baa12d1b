print(dict(a=1, b=2), dict([(1, 2)]), list("abc"), list(), dict({1: 2}, x=3))
class D(dict):
    def __missing__(self, k):
        return k * 2
d = D(a=1); print(d['a'], d[5], d)
class P(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = P(1, 2); print(p, p.x, len(p), isinstance(p, tuple))
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}))
exec("y = 5\nprint('exec', y)")
ns = {}
exec("def f(a): return a + 1", ns)
print(ns['f'](1))
class A:
    x: int = 3
    y: str
print(A.__annotations__)
