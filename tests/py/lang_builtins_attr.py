# getattr, setattr, hasattr, delattr, type, callable, isinstance
class Obj:
    cls_attr = "C"
    def __init__(self):
        self.a = 1
    def method(self):
        return "m"
o = Obj()
print(getattr(o, "a"), getattr(o, "b", "default"), getattr(o, "cls_attr"), getattr(o, "method")())
setattr(o, "b", 2)
print(o.b, hasattr(o, "b"), hasattr(o, "zzz"), hasattr(Obj, "method"))
delattr(o, "b")
print(hasattr(o, "b"))
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
for name in ["a", "cls_attr"]:
    setattr(o, name, name * 2)
print(o.a, o.cls_attr, Obj.cls_attr)
print(callable(o.method), callable(Obj), callable(o), callable(print), callable(len))
print(type(o) is Obj, type(o) == Obj, type(Obj).__name__, type(type).__name__)
print(isinstance(o, (int, Obj)), isinstance(Obj, type), isinstance(3, object))
class Dyn:
    def __getattr__(self, name):
        return f"dyn_{name}"
d = Dyn()
d.real = "r"
print(d.real, d.anything, getattr(d, "x"), hasattr(d, "whatever"))
class Guard:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)
g = Guard()
g.v = 21
print(g.v)
print(len("abc"), len([1]), len({}), len(range(7)), len((1, 2)))
print(id(o) == id(o), id(o) != id(Obj()))
