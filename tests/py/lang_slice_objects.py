# slice objects: construction, attributes, equality, indices(), reuse on sequences
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step)
data = list(range(10))
print(data[s], "abcdefghij"[s], tuple(data)[s])
print(slice(5) == slice(None, 5, None), slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3))
print(slice(1, 2, 3) == slice(1, 2), slice(0, 1) == (0, 1))
print(s.indices(5), slice(-2, None).indices(6), slice(None, None, -2).indices(7))
print(list(range(*slice(2, 20, 5).indices(12))))
print(range(10)[slice(2, 8, 3)], range(10)[::-1])
first_two = slice(None, 2)
last = slice(-1, None)
rows = ["alpha", "beta", "gamma"]
print([r[first_two] for r in rows], [r[last] for r in rows])
data[slice(0, 3)] = ["x"]
print(data)
del data[slice(None, None, 3)]
print(data)
