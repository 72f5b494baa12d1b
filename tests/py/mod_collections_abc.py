# collections.abc: isinstance against the one-method ABCs, the registered builtins, and user
# classes that get the mixin methods of Mapping, MutableMapping, Sequence, MutableSequence and Set.
import threading
from collections import abc, deque, OrderedDict, Counter, defaultdict
from collections.abc import (Iterable, Iterator, Sized, Container, Callable, Hashable, Generator,
                             Collection, Reversible, Sequence, MutableSequence, Mapping,
                             MutableMapping, Set, MutableSet, KeysView)


def gen():
    yield 1


for obj in ([], (), 'abc', {}, set(), frozenset(), range(3), iter([]), gen(), 5, 2.5, None, len,
            OrderedDict(), Counter(), defaultdict(int), b'x', lambda: 0, print):
    row = [name for name, C in (('Iterable', Iterable), ('Iterator', Iterator), ('Sized', Sized),
                                ('Container', Container), ('Callable', Callable), ('Hashable', Hashable),
                                ('Generator', Generator), ('Collection', Collection), ('Reversible', Reversible),
                                ('Sequence', Sequence), ('MutableSequence', MutableSequence),
                                ('Mapping', Mapping), ('MutableMapping', MutableMapping), ('Set', Set),
                                ('MutableSet', MutableSet)) if isinstance(obj, C)]
    print(type(obj).__name__, row)


class Registry(MutableMapping):
    """A thread-safe dict-like registry."""

    def __init__(self):
        self._data = {}
        self._lock = threading.Lock()

    def __getitem__(self, key):
        with self._lock:
            return self._data[key]

    def __setitem__(self, key, value):
        with self._lock:
            self._data[key] = value

    def __delitem__(self, key):
        with self._lock:
            del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)


r = Registry()
r['a'] = 1
r.update({'b': 2}, c=3)
print(len(r), r.get('a'), r.get('z', 0), 'b' in r, sorted(r.keys()), sorted(r.items()), sorted(r.values()))
print(r.pop('a'), r.pop('zz', None), r.setdefault('d', 4), r.popitem(), dict(r), r == {'c': 3, 'd': 4})
r.clear()
print(len(r), isinstance(r, Mapping), isinstance(r, dict))
try:
    r.pop('missing')
except KeyError as e:
    print('KeyError:', e)


class Countdown(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return self.n - i

    def __len__(self):
        return self.n


c = Countdown(4)
print(list(c), 3 in c, 9 in c, list(reversed(c)), c.index(2), c.count(1))
try:
    c.index(10)
except ValueError:
    print('ValueError')


class Stack(MutableSequence):
    def __init__(self):
        self.items = []

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, v):
        self.items.insert(i, v)


s = Stack()
s.append(1)
s.extend([2, 3])
s += [4]
s.reverse()
print(s.items, s.pop(), s.pop(0), s.items)
s.remove(2)
print(s.items)


class Bits(Set):
    def __init__(self, it=()):
        self.items = sorted(set(it))

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)


a, b = Bits([1, 2, 3]), Bits([2, 3, 4])
print((a & b).items, (a | b).items, (a - b).items, (a ^ b).items, a <= Bits([1, 2, 3, 5]), a == Bits([3, 2, 1]), a.isdisjoint([7]))
for bad in (Iterable, Sequence, MutableMapping):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)


class Incomplete(Mapping):
    def __getitem__(self, k):
        return k


try:
    Incomplete()
except TypeError as e:
    print('TypeError:', e)
print(abc.Iterable is Iterable, issubclass(list, Iterable), issubclass(int, Iterable), KeysView({'x': 1}))
