class A:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"A({self.x!r})"
    @property
    def double(self):
        return self.x * 2
class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
b = B(3, 'q')
print(b, b.double, b.y, isinstance(b, A))
def gen(n):
    for i in range(n):
        yield i * 2
print(list(gen(4)), sum(x for x in range(10)))
d = {'a': 1, 'b': 2}
for k, v in d.items():
    print(k, v)
try:
    1/0
except ZeroDivisionError as e:
    print("caught", e)
finally:
    print("fin")
print("%5.2f|%-4d|%s" % (3.14159, 42, 'x'))
print("{:>8}|{:08.3f}|{:,}".format('hi', 3.5, 1234567))
s = "hello world"
print(s.upper(), s.split(), s[::-1], s[1:4])
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = outer(); c(); print(c())
a, *rest = [1, 2, 3, 4]
print(a, rest)
print(sorted([3, 1, 2], reverse=True), max([1, 5, 3], key=lambda v: -v))
x = 5
print(1 < x < 10, 1 < x > 10)
with __import__('threading').Lock() as l:
    print("locked", l)
