# tuples
t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t + (4,), t * 2)
print((1,), (), tuple(), tuple([1, 2]), type(()).__name__)
print(t.count(2), t.index(3), 2 in t)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2))
a, b, c = t
print(a, b, c)
x = 1, 2
print(x, type(x).__name__)
d = {(1, 2): "pair", (0,): "single"}
print(d[(1, 2)], d[0,])
print(hash((1, 2)) == hash((1, 2)), (1, [2])[1])
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested)
print(tuple(c for c in "ab"), tuple(range(3)))
print(max((3, "a"), (3, "b")), sorted([(2, 1), (1, 2), (1, 1)]))
