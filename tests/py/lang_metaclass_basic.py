# custom metaclasses: __new__/__init__ with super(), type(cls), metaclass methods and properties on the class, inheritance of the metaclass
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        ns["added"] = name.lower()
        cls = super().__new__(mcs, name, bases, ns)
        cls.registry = []
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", cls.__name__, kw)
        super().__init__(name, bases, ns)

    def describe(cls):
        return "class " + cls.__name__ + " with " + cls.added

    @property
    def upper_name(cls):
        return cls.__name__.upper()

    @classmethod
    def meta_cm(mcs):
        return mcs.__name__

    @staticmethod
    def meta_sm(x):
        return x * 2

    meta_attr = "from meta"


class A(metaclass=Meta):
    x = 1
    def method(self):
        return "A.method"

print(type(A) is Meta, type(A).__name__, isinstance(A, Meta), isinstance(A, type))
print(A.added, A.registry, A.describe(), A.upper_name, A.meta_attr)
print(A.meta_cm(), A.meta_sm(21), Meta.meta_cm())
print(A().method(), type(A()).__name__)
print(hasattr(A(), "describe"), hasattr(A(), "meta_attr"), hasattr(A(), "added"))

class B(A, flag=True):
    y = 2

print(type(B) is Meta, B.added, B.describe(), B.upper_name, B.x, B.y)
print(Meta.__mro__ == (Meta, type, object), Meta.__name__, Meta.__bases__)
print(repr(A).startswith("<class '__main__.A'>"), A.__qualname__, A.__module__)

# a class attribute shadows a metaclass attribute (non-data), a metaclass property wins
class C(metaclass=Meta):
    meta_attr = "from class"
    upper_name = "shadow?"
print(C.meta_attr, C.upper_name)

# metaclass inheritance
class SubMeta(Meta):
    def describe(cls):
        return "sub " + super().describe()

class D(A, metaclass=SubMeta):
    pass
print(type(D).__name__, D.describe())

# the most derived metaclass wins even when the class statement names the base one
class E(D, metaclass=Meta):
    pass
print(type(E).__name__)

# three-argument type() with a metaclass base
F = type("F", (A,), {"z": 3})
print(type(F).__name__, F.z, F.added)
G = Meta("G", (), {"w": 4})
print(type(G).__name__, G.w, G.added, G.describe())

# type.__call__ and metaclass __call__
class Counting(type):
    calls = 0
    def __call__(cls, *args, **kwargs):
        Counting.calls += 1
        print("creating", cls.__name__, args, kwargs)
        obj = super().__call__(*args, **kwargs)
        print("created", type(obj).__name__)
        return obj

class P(metaclass=Counting):
    def __init__(self, a, b=0):
        self.a, self.b = a, b

p = P(1, b=2)
print(p.a, p.b, Counting.calls)
print(type.__call__(P, 5).a, Counting.calls)

# metaclass instance attributes and class dict
print("describe" in Meta.__dict__, "describe" in A.__dict__, "added" in A.__dict__)
print(sorted(k for k in vars(A) if not k.startswith("__")))
print(Meta.__call__ is type.__call__, callable(A))

# __repr__ and __str__, __len__, __iter__, __getitem__ on the metaclass act on classes
class Fancy(type):
    def __repr__(cls):
        return "<Fancy " + cls.__name__ + ">"
    def __len__(cls):
        return len(cls.items)
    def __iter__(cls):
        return iter(cls.items)
    def __getitem__(cls, key):
        return cls.items[key]
    def __contains__(cls, x):
        return x in cls.items
    def __or__(cls, other):
        return "or " + cls.__name__ + " " + other.__name__
    def __eq__(cls, other):
        return cls is other or getattr(other, "items", None) == cls.items
    __hash__ = type.__hash__

class Colors(metaclass=Fancy):
    items = ["red", "green"]
class Colors2(metaclass=Fancy):
    items = ["red", "green"]

print(repr(Colors), str(Colors), len(Colors), list(Colors), Colors[1], "red" in Colors, "x" in Colors)
print(Colors | Colors2, Colors == Colors2, Colors != Colors2, {Colors: 1}[Colors])
print([Colors], f"{Colors}")
