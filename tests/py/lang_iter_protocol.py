# iter(), next(), iterator exhaustion, iterating over various types
it = iter([10, 20, 30])
print(next(it))
print(list(it), list(it))
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), next(di), next(di, None))
s = iter("xy")
print(next(s), next(s))
try:
    next(s)
except StopIteration:
    print("StopIteration")
r = iter(range(3))
print(iter(r) is r, list(r))
class Reusable:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        for d in self.data:
            yield d * 2
ru = Reusable([1, 2])
print(list(ru), list(ru))
def gen():
    yield 1
    yield 2
g = gen()
print(iter(g) is g, [x for x in g], list(g))
a, b, c = iter("xyz")
print(a, b, c)
print(list(zip(*[iter(range(6))] * 2)))
print(dict(enumerate("ab")), list(iter([])))
t = tuple(x * 2 for x in iter((1, 2, 3)))
print(t)
