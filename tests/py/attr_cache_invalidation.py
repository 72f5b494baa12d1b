# The eval loop's attribute caches must see every change that CPython sees: class attributes
# rebound (also to descriptors), instance dicts shadowing methods, cleared instance dicts,
# deleted attributes, module globals, and methods added to bases after the first lookups.
import math

class A:
    x = 1
    def m(self):
        return "A.m"

class B(A):
    pass

def get_x(o):
    return o.x

def call_m(o):
    return o.m()

def set_y(o, v):
    o.y = v

a = A()
b = B()
for _ in range(3):
    print(get_x(a), get_x(b), call_m(a), call_m(b))
A.x = 2                      # rebinding a plain class value
print(get_x(a), get_x(b))
a.x = 10                     # instance shadows
print(get_x(a), get_x(b))
del a.x
print(get_x(a))
A.x = property(lambda self: "prop")   # now a data descriptor
print(get_x(a), get_x(b))
del A.x
try:
    get_x(a)
except AttributeError as e:
    print("AttributeError", e)
B.m = lambda self: "B.m"     # a method added to the subclass
print(call_m(a), call_m(b))
b.m = lambda: "instance m"   # the instance dict shadows the method
print(call_m(b))
del b.m
print(call_m(b))

class C:
    def __init__(self, v):
        self.v = v
def get_v(o):
    return o.v
objs = [C(i) for i in range(3)]
print([get_v(o) for o in objs])
objs[1].__dict__.clear()
objs[1].w = 7
objs[1].v = 8
print([get_v(o) for o in objs])
for o in objs:
    set_y(o, o.v * 2)
print([o.y for o in objs])
C.__getattr__ = lambda self, name: "fallback " + name
print(objs[0].missing, get_v(objs[0]))
class D:
    __slots__ = ()
    def __getattribute__(self, name):
        return "getattribute " + name
print(D().v, D().anything)

class Desc:
    def __get__(self, obj, typ=None):
        return "desc"
class E:
    v = 3
def get_ev(o):
    return o.v
e = E()
print(get_ev(e))
E.v = Desc()
print(get_ev(e))
Desc.__set__ = lambda self, obj, value: print("set", value)
e.v = 4
print(get_ev(e), e.__dict__)

def sqrt_of(x):
    return math.sqrt(x)
print(sqrt_of(16.0))
old = math.sqrt
math.sqrt = lambda x: "patched"
print(sqrt_of(16.0))
math.sqrt = old
print(sqrt_of(25.0))

class F:
    def m(self):
        return 1
f = F()
print(f.m(), f.m())
F.m = staticmethod(lambda: "static")
print(f.m())
F.m = classmethod(lambda cls: cls.__name__)
print(f.m())
print([1, 2].append(3), [].__len__(), "a,b".split(","))
