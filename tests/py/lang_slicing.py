# slicing with steps and slice assignment
a = list(range(10))
print(a[2:8:2], a[::3], a[::-1], a[8:2:-2], a[-1:-4:-1], a[-3:], a[:-7], a[5:5])
print(a[1::-1], a[:100], a[-100:2], a[::-3])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [100, 200]
print(b)
b[:2] = []
print(b)
c = list(range(10))
c[::2] = ["e"] * 5
print(c)
del c[1::2]
print(c)
d = list(range(6))
d[-2:] = [9, 9, 9]
print(d)
del d[:2]
print(d)
s = slice(1, 5, 2)
print(a[s], s.start, s.stop, s.step)
print("abcdef"[slice(None, None, -2)], (1, 2, 3, 4)[1:3], range(10)[2:8:3])
e = [1, 2, 3]
e[len(e):] = [4, 5]
e[0:2] = (7, 8, 9)
print(e)
