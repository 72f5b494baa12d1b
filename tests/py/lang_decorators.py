# decorators, with and without arguments, stacking, class decorators
def trace(fn):
    def wrapper(*args, **kw):
        print("call", fn.__name__, args)
        return fn(*args, **kw)
    wrapper.__name__ = fn.__name__
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(2, 3), add.__name__)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
def tag(t):
    def deco(fn):
        return lambda *a: f"<{t}>{fn(*a)}</{t}>"
    return deco
@tag("b")
@tag("i")
def text(s):
    return s
print(text("x"))
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class A:
    pass
@register
class B:
    pass
print(registry)
def count_calls(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@count_calls
def sq(x):
    return x * x
sq(2); sq(3)
print(sq.calls, sq(4))
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fibm(n):
    return n if n < 2 else fibm(n - 1) + fibm(n - 2)
print(fibm(60), len(fibm.cache))
