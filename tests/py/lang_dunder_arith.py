# arithmetic dunders, reflected and in-place, unary, __bool__
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return Vec(self.x * k * 10, self.y * k * 10)
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 3 * a, -a, abs(b), bool(Vec(0, 0)), bool(a))
print(b / 2, b // 2, b % 2, a ** 2, sum([a, b]))
c = a
c += b
print(c, a, c is a)
class Acc:
    def __init__(self):
        self.v = []
    def __iadd__(self, x):
        self.v.append(x)
        return self
acc = Acc()
ref = acc
acc += 1
acc += 2
print(acc.v, acc is ref)
class Num:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __and__(self, o):
        return Num(self.v & o.v)
    def __or__(self, o):
        return Num(self.v | o.v)
    def __lshift__(self, n):
        return Num(self.v << n)
    def __invert__(self):
        return Num(~self.v)
    def __index__(self):
        return self.v
print((Num(6) & Num(3)).v, (Num(6) | Num(3)).v, (Num(1) << 4).v, (~Num(0)).v)
print([10, 20, 30][Num(1)], hex(Num(255)), bin(Num(2)))
