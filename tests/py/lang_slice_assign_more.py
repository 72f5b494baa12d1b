# slicing: negative steps everywhere, slice assignment from iterables, size rules, del slices
s = "abcdefgh"
print(s[::-1], s[-2::-2], s[5:1:-1], s[1:5:-1], s[-100:100], s[::-9], s[100:], (1, 2, 3, 4)[::-2])
a = list(range(10))
a[2:4] = (x * 100 for x in range(3))
print(a)
a[::-1] = a
print(a)
a = list(range(10))
a[8:2:-2] = "xyz"
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a[::0]
except ValueError as e:
    print("ValueError:", e)
a[:] = "hello"
print(a)
a[len(a):] = [1, 2]
a[:0] = ["start"]
print(a)
a[2:5] = []
print(a)
b = list(range(12))
del b[::-3]
print(b)
del b[-2:]
del b[:1]
print(b)
del b[100:]
print(b)
c = [1, 2, 3]
alias = c
c[:] = [9]
print(alias, c is alias)
m = [[0] * 3 for _ in range(3)]
m[1][::2] = [5, 5]
print(m)
t = tuple(range(6))
print(t[1:-1], t[::2], t[-1:-4:-1], t[3:3], type(t[1:]).__name__)
try:
    t[0:1] = (9,)
except TypeError as e:
    print("TypeError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
