# Attribute lookup stays right when classes change after their attributes were looked up:
# rebinding, adding and deleting class attributes and methods, on the class and on its bases.
class Base:
    kind = "base"
    def hello(self):
        return "Base.hello"

class Child(Base):
    pass

c = Child()
for _ in range(3):
    print(c.kind, c.hello())
Base.kind = "rebound"
print(c.kind)
Child.kind = "child's own"
print(c.kind, Base().kind)
del Child.kind
print(c.kind)
Base.hello = lambda self: "patched"
print(c.hello())
Child.hello = lambda self: "child patched"
print(c.hello(), Base().hello())
del Child.hello
print(c.hello())
try:
    c.missing
except AttributeError as e:
    print("AttributeError:", e)
Base.missing = 42
print(c.missing)
del Base.missing
try:
    print(c.missing)
except AttributeError as e:
    print("AttributeError:", e)
c.missing = "instance"
print(c.missing)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
for _ in range(5):
    Counter()
print(Counter.count, Counter().count)
class P:
    @property
    def x(self):
        return "property"
p = P()
print(p.x)
P.x = "plain"
print(p.x)
p.__dict__["x"] = "instance dict"
print(p.x)
class WithGetattr:
    def __getattr__(self, name):
        return "fallback " + name
w = WithGetattr()
print(w.anything)
WithGetattr.anything = "now a class attribute"
print(w.anything)
for i in range(3):
    setattr(Base, "attr%d" % i, i)
print([getattr(c, "attr%d" % i) for i in range(3)])
