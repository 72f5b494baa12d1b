# comprehension scoping: own scope, leaking, class bodies, first iterable, closures, walrus
x = "global x"
squares = [x * x for x in range(4)]
print(x, squares)
def f():
    y = 10
    return [y + i for i in range(3)], {i: y for i in range(2)}, list(y * i for i in range(2))
print(f())
class Config:
    base = 5
    doubled = [v * 2 for v in range(3)]
    try:
        shifted = [v + base for v in range(3)]
    except NameError as e:
        shifted = str(e)
    first_iter_ok = [v for v in range(base)]
print(Config.doubled, Config.shifted, Config.first_iter_ok)
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs2])
def g():
    data = [1, 5, 3, 7]
    maxes = [top := d for d in data if d > 2]
    return maxes, top
print(g())
matrix = [[1, 2], [3, 4]]
flat = [n for row in matrix for n in row]
t = [[r[i] for r in matrix] for i in range(2)]
print(flat, t)
try:
    print(n)
except NameError as e:
    print("NameError:", e)
outer = [1, 2, 3]
print([[v for v in outer if v != w] for w in outer])
k = 100
gen = (k + j for j in range(2))
k = 200
print(list(gen))
it = iter(range(3))
lst = [a for a in it]
print(lst, [a for a in it])
