# unpacking with star, nested, swap, in for loops and calls
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
head, *mid, tail = range(5)
print(head, mid, tail)
x, *y = [9]
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, [n, o]] = [1, (2, 3)]
print(m, n, o)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
for a, *b in [(1, 2, 3), (4,)]:
    print(a, b)
print([*range(3), *"ab"], (*[1, 2], 3), {**{"a": 1}, "b": 2, **{"a": 3}})
print(sorted({*[1, 2], *(2, 3)}))
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
s1 = s2 = []
s1.append(1)
print(s2)
i = 0
lst = [0, 0]
i, lst[i] = 1, 5
print(i, lst)
