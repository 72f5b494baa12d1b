# __setattr__ / __delattr__ overrides: validation, frozen objects, logging
class Point:
    __slots_like__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __setattr__(self, name, value):
        if name not in self.__slots_like__:
            raise AttributeError(f"cannot add attribute {name!r}")
        if not isinstance(value, (int, float)):
            raise TypeError(f"{name} must be a number")
        object.__setattr__(self, name, value)
p = Point(1, 2)
p.x = 10
print(p.x, p.y, sorted(p.__dict__.items()))
for name, val in [("z", 1), ("y", "two")]:
    try:
        setattr(p, name, val)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError("frozen")
    def __delattr__(self, name):
        raise AttributeError("frozen: cannot delete " + name)
f = Frozen(a=1, b=2)
print(f.a, f.b)
try:
    f.a = 5
except AttributeError as e:
    print(e)
try:
    del f.b
except AttributeError as e:
    print(e)
class Logged:
    def __setattr__(self, name, value):
        print(f"set {name} = {value!r}")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        del self.__dict__[name]
lg = Logged()
lg.a = 1
lg.a += 1
del lg.a
print(hasattr(lg, "a"))
