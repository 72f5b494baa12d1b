# metaclass hooks: __instancecheck__/__subclasscheck__, __prepare__, metaclass keywords, conflicts and type()'s argument errors
class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")

class Quacker(metaclass=Duck):
    pass

class Mallard:
    def quack(self):
        return "quack"

print(isinstance(Mallard(), Quacker), isinstance(1, Quacker), isinstance(Mallard(), (int, Quacker)))
print(issubclass(Mallard, Quacker), issubclass(int, Quacker), issubclass(Mallard, (str, Quacker)))
print(isinstance(Quacker(), Quacker), type.__instancecheck__(Quacker, Mallard()))
print(type.__instancecheck__(int, 3), type.__subclasscheck__(int, bool), int.__instancecheck__("x"))

# __prepare__: the namespace the class body runs in
class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", mcs.__name__, name, bases, kw)
        d = {"injected": 42}
        return d
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class O(metaclass=Ordered, option="x"):
    seen = injected + 1
print(O.injected, O.seen)
print(type.__prepare__("X", ()), type.__prepare__(), type(type.__prepare__("a", (), k=1)).__name__)

class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)

class RecMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Recording()
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.order = ns.order
        return cls

class Fields(metaclass=RecMeta):
    b = 1
    a = 2
    def m(self):
        pass
    b = 3
print(Fields.order, Fields.b)

# metaclass conflicts
class M1(type):
    pass
class M2(type):
    pass
class X1(metaclass=M1):
    pass
class X2(metaclass=M2):
    pass
try:
    class Both(X1, X2):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    type("Both", (X1, X2), {})
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(X1, metaclass=M2):
        pass
except TypeError as e:
    print("TypeError:", e)

# a plain function as metaclass, and a metaclass with its own keyword
def fmeta(name, bases, ns, **kw):
    print("fmeta", name, kw)
    return type(name, bases, ns)
class Fn(metaclass=fmeta, k=1):
    pass
print(type(Fn).__name__)

class Kw(type):
    def __new__(mcs, name, bases, ns, *, tag="none"):
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = tag
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class T1(metaclass=Kw, tag="one"):
    pass
class T2(T1):
    pass
print(T1.tag, T2.tag)
try:
    class T3(metaclass=Kw, other=1):
        pass
except TypeError as e:
    print("TypeError:", e)

# keywords reaching type.__new__ go to __init_subclass__; type.__init__ rejects them with one argument
class WithKw(type):
    pass
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class K(Base, metaclass=WithKw, flag=True):
    pass
print(type(K).__name__)

# type() and type.__new__ argument errors
for args in [(), (1, 2), ("N", [], {}), ("N", (), []), (1, (), {}), ("N", (1,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
for args in [(), (type,), (type, "N"), (1, "N", (), {}), (int, "N", (), {})]:
    try:
        type.__new__(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    Meta2 = type("Meta2", (type,), {})
    Meta2(1)
except TypeError as e:
    print("TypeError:", e)
try:
    type.__init__(int, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    class NotMeta(metaclass=1):
        pass
except TypeError as e:
    print("TypeError:", e)

Meta3 = type("Meta3", (type,), {"hello": lambda cls: "hello " + cls.__name__})
Z = Meta3("Z", (), {})
print(type(Z).__name__, Z.hello(), type(Meta3).__name__, type(type) is type)

# metaclass with __getattr__ for missing class attributes, __setattr__ intercepting class attributes
class Dyn(type):
    def __getattr__(cls, name):
        if name.startswith("get_"):
            return name[4:]
        raise AttributeError(name)
    def __setattr__(cls, name, value):
        print("set", cls.__name__, name, value)
        super().__setattr__(name, value)

class DynC(metaclass=Dyn):
    real = 1
print(DynC.real, DynC.get_thing, hasattr(DynC, "nothing"))
DynC.x = 5
print(DynC.x)
try:
    DynC.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    A_missing = M1.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    X1.nope
except AttributeError as e:
    print("AttributeError:", e)

# a namespace whose __missing__ numbers the names a class body mentions
class AutoNS(dict):
    def __init__(self):
        super().__init__()
        self.n = 0
    def __missing__(self, key):
        if key.startswith("__"):
            raise KeyError(key)
        self.n += 1
        self[key] = self.n
        return self.n

class AutoMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return AutoNS()
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, dict(ns))

class Nums(metaclass=AutoMeta):
    A
    B
    C
    D = A + C
print(Nums.A, Nums.B, Nums.C, Nums.D)
try:
    class Bad(metaclass=type("P", (type,), {"__prepare__": classmethod(lambda m, n, b: 5)})):
        pass
except TypeError as e:
    print("TypeError:", e)
for f in (lambda: type.__init__(5, "n", (), {}), lambda: type.__call__(5), lambda: type.__instancecheck__(5, 5),
          lambda: type.__instancecheck__(int), lambda: type.__setattr__(int, "x", 1), lambda: type.__setattr__(5, "x", 1)):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
