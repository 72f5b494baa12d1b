# class keywords to __init_subclass__ (a function as metaclass, type(..., **kw)), object's dunders through super() and object.X
class Meta:
    pass
def meta(name, bases, ns, **kw):
    print("meta", name, sorted(kw))
    return type(name, bases, ns, **kw)
class Base:
    def __init_subclass__(cls, /, flag=False, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag
class C(Base, metaclass=meta, flag=True):
    pass
print(C.flag, C.__mro__)
D = type("D", (Base,), {}, flag=3)
print(D.flag)
try:
    type("E", (), {}, x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    class F(x=1): pass
except TypeError as e:
    print("TypeError:", e)
class G:
    @classmethod
    def __init_subclass__(cls, **kw):
        print("G hook", cls.__name__, kw)
class H(G, a=1): pass
class K:
    def __init_subclass__(cls):
        print("K sub", cls.__name__)
        super().__init_subclass__()
class L(K): pass
class M(L): pass
try:
    object.__init_subclass__(1)
except TypeError as e:
    print("TypeError:", e)
# super dunders
class A:
    def __delattr__(self, n):
        print("del", n)
        object.__delattr__(self, n)
a = A(); a.x = 1
del a.x
try:
    del a.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    object.__delattr__(a, 5)
except TypeError as e:
    print("TypeError:", e)
print(object.__le__(1, 2), object.__gt__(a, a), object.__ge__(a, 1), object.__eq__(a, a), object.__ne__(a, 1))
class HH:
    def __hash__(self):
        return super().__hash__() + 1
h = HH()
print(hash(h) == object.__hash__(h) + 1)
