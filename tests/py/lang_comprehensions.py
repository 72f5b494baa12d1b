# list/set/dict comprehensions and generator expressions
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(3)] for i in range(3)])
print(sorted({c.lower() for c in "AbBa"}))
print({k: len(k) for k in ["one", "three", "five"]})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
g = (x + 1 for x in range(4))
print(type(g).__name__, list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in "a bbb cc".split()))
print(["even" if x % 2 == 0 else "odd" for x in range(4)])
x = "outer"
r = [x for x in "ab"]
print(x, r)
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([y for row in matrix for y in row if y != 4])
n = 10
print([n * i for i in range(3)], {i: [j for j in range(i)] for i in range(3)})
print(list(zip(*matrix)))
