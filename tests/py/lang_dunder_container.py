# container protocol: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, x):
        print("contains", x)
        return x in self.items
    def __iter__(self):
        return iter(self.items)
b = Bag(3, 1, 2)
print(len(b), b[0], b[-1], b[0:2], 2 in b, 9 in b)
b[1] = 10
del b[0]
print(list(b), sorted(b), bool(b), bool(Bag()))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), [x for x in Seq()])
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "end"))
class Grid:
    def __getitem__(self, key):
        return f"cell{key}"
g = Grid()
print(g[1, 2], g["a"], g[1:3])
class Truthy:
    def __len__(self):
        return 0
print(bool(Truthy()), "yes" if Truthy() else "no")
