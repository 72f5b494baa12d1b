# isinstance/issubclass: a second argument answering through __instancecheck__ and
# __subclasscheck__, class bases replaced through __mro_entries__, and the argument errors.
class Everything:
    def __instancecheck__(self, obj):
        print('instancecheck', obj)
        return True

    def __subclasscheck__(self, cls):
        return cls is int


print(isinstance(1, Everything()), issubclass(int, Everything()), issubclass(str, Everything()))
print(isinstance('x', (int, Everything())), issubclass(1, Everything()))
for args in [(1, (int, 5)), (1, (str, 5)), (1, 5), ('x', str)]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print('TypeError:', e)
for args in [(int, (int, 5)), (int, (str, 5)), (int, 5), (1, 5), (1, int), (bool, int)]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print('TypeError:', e)


class Base:
    pass


class Stand:
    def __mro_entries__(self, bases):
        print('entries of', len(bases), 'bases')
        return (Base,)


st = Stand()


class C(st, object):
    pass


print(C.__mro__, C.__bases__, C.__orig_bases__ == (st, object), '__orig_bases__' in Base.__dict__)


class Empty:
    def __mro_entries__(self, bases):
        return ()


class D(Empty()):
    pass


print(D.__bases__)


class BadEntries:
    def __mro_entries__(self, bases):
        return [Base]


try:
    class E(BadEntries()):
        pass
except TypeError as e:
    print('TypeError:', e)


class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print('metaclass instancecheck', type(obj).__name__)
        return hasattr(obj, 'quack')

    def __subclasscheck__(cls, sub):
        return hasattr(sub, 'quack')


class Duck(metaclass=DuckMeta):
    pass


class Mallard:
    quack = 1


print(isinstance(Mallard(), Duck), isinstance(1, Duck), isinstance(Duck(), Duck))
print(issubclass(Mallard, Duck), issubclass(int, Duck), isinstance(Mallard(), (int, Duck)))


class PlainMeta(type):
    pass


class P(metaclass=PlainMeta):
    pass


class Q(P):
    pass


print(isinstance(Q(), P), issubclass(Q, P), isinstance(1, P), issubclass(P, Q))
