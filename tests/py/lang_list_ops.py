# list operators, nesting, del, comparisons
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b, a == [1, 2, 3, 4], a is not [1, 2, 3, 4])
print([1, 2] + [3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] == [], [1, [2]] == [1, [2]])
print(3 in a, 9 in a, 9 not in a)
m = [[0] * 3 for _ in range(3)]
m[1][2] = 5
print(m)
grid = [[1, 2], [3, 4]]
print(grid[1][0], [row[1] for row in grid], sum(sum(r) for r in grid))
del a[0]
print(a)
del a[-1]
print(a)
a[0] = "x"
print(a, len(a))
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0], repr(nested))
print(list(reversed([1, 2, 3])), sorted([3, 1, 2]), [1, 2, 3][::-1])
lst = []
print(bool(lst), bool([0]), len([[], []]))
s = [5, 3]
s[len(s):] = [8]
print(s, max(s), min(s), sum(s))
