# built-in iterators expose __iter__/__next__ as bound methods; join of a non-iterable
it = iter([1, 2, 3])
nxt = it.__next__
print(nxt(), it.__next__(), it.__iter__() is it, next(it, None))
for obj in [iter("ab"), iter((1,)), iter({1: 2}), iter({5}), iter(range(2)), map(str, [1]), zip("a"), enumerate("b"), reversed([1])]:
    print(hasattr(obj, "__next__"), obj.__next__())
g = (x for x in "xy")
print(g.__next__(), next(g))
try:
    ",".join(5)
except TypeError as e:
    print("TypeError:", e)
