# __call__: stateful callables, callable(), instances as decorators and keys
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, step=1):
        self.n += step
        return self.n
c = Counter()
print(c(), c(), c(10), c.n)
print(callable(c), callable(Counter), callable(3), callable(len), callable("s"), callable(lambda: 0))
class Trace:
    def __init__(self, fn):
        self.fn = fn
        self.calls = []
    def __call__(self, *args, **kwargs):
        self.calls.append((args, kwargs))
        return self.fn(*args, **kwargs)
@Trace
def add(a, b=0):
    return a + b
print(add(1, 2), add(5, b=6), add(7))
print(add.calls, type(add).__name__)
class By:
    def __init__(self, index):
        self.index = index
    def __call__(self, item):
        return item[self.index]
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=By(0)), sorted(rows, key=By(1)))
print(list(map(By(1), rows)), max(rows, key=By(1)))
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
ops = [Multiplier(2), Multiplier(3), abs]
print([f(-4) for f in ops])
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
