# Metaclasses: subclasses of type with __new__/__init__/__call__ and class-level dunders
# (iteration, len, getitem, contains, repr), properties on the metaclass, class keywords,
# type(name, bases, ns) taking the caller's module, and the most derived metaclass.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', mcls.__name__, name, kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.registry = []
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
    def __iter__(cls):
        return iter(cls.registry)
    def __len__(cls):
        return len(cls.registry)
    def __getitem__(cls, k):
        return cls.registry[k]
    def __contains__(cls, x):
        return x in cls.registry
    def __repr__(cls):
        return f'<meta {cls.__name__}>'
    def __call__(cls, *a):
        obj = super().__call__(*a)
        cls.registry.append(obj)
        return obj
    @property
    def size(cls):
        return len(cls.registry)
    def describe(cls):
        return 'class ' + cls.__name__

class Base(metaclass=Meta, flag=1):
    def __init__(self, v): self.v = v
class Sub(Base):
    pass
a = Sub(1); b = Sub(2)
print([x.v for x in Sub], len(Sub), Sub[0].v, a in Sub, Sub, Sub.size, Sub.describe(), type(Sub), isinstance(Sub, Meta), isinstance(Sub, type))
print(type(Base).__mro__, Meta.__mro__, Sub.__mro__, Base.registry)
class Plain(type): pass
X = Plain('X', (), {'a': 1})
print(X, X.a, type(X))
class Y(metaclass=Plain): pass
print(type(Y), type(Y()).__name__)
try:
    class Z(Y, metaclass=type): pass
    print(type(Z))
except TypeError as e: print(e)
class M2(type): pass
try:
    class W(Y, metaclass=M2): pass
except TypeError as e: print(e)
T = type('T', (), {})
print(T, T.__module__)
T.__name__ = 'Renamed'
T.__qualname__ = 'Outer.Renamed'
T.__module__ = 'mymod'
print(T, T.__name__, T.__qualname__, T.__module__, T.__dict__['__module__'])
for attr in ('__name__', '__qualname__'):
    try:
        setattr(T, attr, 5)
    except TypeError as e:
        print('TypeError:', e)


# __prepare__: the class body runs in the metaclass's mapping (its __setitem__ sees each name).
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if key in self and not key.startswith('__'):
            raise TypeError(f'Attempted to reuse key: {key!r}')
        self.order.append(key)
        super().__setitem__(key, value)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, bases, kw)
        return Recording()
    def __new__(mcls, name, bases, ns, **kw):
        print('order', [k for k in ns.order if not k.startswith('__')], type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))
class A(metaclass=Meta, flag=True):
    x = 1
    y = x + 1
    def f(self): return self.y
print(A().f(), A.x)
try:
    class B(metaclass=Meta):
        x = 1
        x = 2
except TypeError as e:
    print('TypeError:', e)
class Bad(type):
    @classmethod
    def __prepare__(mcls, name, bases): return 5
try:
    class C(metaclass=Bad): pass
except TypeError as e:
    print('TypeError:', e)
