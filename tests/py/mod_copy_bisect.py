# copy (shallow and deep, memo, hooks, cycles, the uncopyable) and bisect (lo/hi/key, insort).
import copy
import bisect
import threading
from collections import defaultdict, Counter, OrderedDict, namedtuple

a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]['k'].append(5)
print(a, b, c, b[1] is a[1], c[1] is a[1])
t = (1, 2, (3, 4))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
s = {1, 2}
print(copy.copy(s), copy.copy(s) is s, copy.deepcopy(frozenset([1])) == frozenset([1]))
d = {'x': [1], 'y': {'z': (1, [2])}}
dd = copy.deepcopy(d)
dd['y']['z'][1].append(3)
print(d, dd)
for v in (1, 2.5, 'str', None, True, b'x', len, int, range(3)):
    print(copy.copy(v) is v, copy.deepcopy(v) is v, end=' ')
print()

shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc, cc)
memo = {}
x1 = copy.deepcopy([shared], memo)
x2 = copy.deepcopy([shared], memo)
print(x1[0] is x2[0])


class Point:
    def __init__(self, x, y):
        print('init', x, y)
        self.x, self.y = x, y
        self.tags = ['p']

    def __repr__(self):
        return f'Point({self.x}, {self.y}, {self.tags})'


p = Point(1, 2)
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.tags.append('moved')
print(p, p2, p3, p2.tags is p.tags, p3.tags is p.tags, type(p3).__name__)


class Hooked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('__copy__ called')
        return Hooked(self.v)

    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Hooked(copy.deepcopy(self.v, memo))


h = Hooked([1])
print(copy.copy(h).v, copy.deepcopy(h).v is h.v)


class Stateful:
    def __init__(self):
        self.data = [1]
        self.cache = 'big'

    def __getstate__(self):
        st = dict(self.__dict__)
        del st['cache']
        return st

    def __setstate__(self, st):
        st['cache'] = 'rebuilt'
        self.__dict__.update(st)


print(vars(copy.deepcopy(Stateful())), vars(copy.copy(Stateful())))


class Tree:
    def __init__(self, name, children=()):
        self.name, self.children, self.parent = name, list(children), None
        for ch in self.children:
            ch.parent = self


root = Tree('root', [Tree('a'), Tree('b')])
r2 = copy.deepcopy(root)
print(r2.children[0].parent is r2, r2.children[1].name, r2 is not root)


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.extra = 'e'
ml2 = copy.deepcopy(ml)
print(type(ml2).__name__, ml2, ml2.extra, ml2[1] is ml[1])
ddict = defaultdict(list, {'a': [1]})
dd2 = copy.deepcopy(ddict)
dd2['b'].append(2)
print(dd2, ddict, copy.copy(Counter('aab')), copy.deepcopy(OrderedDict(a=1)))
P = namedtuple('P', 'x y')
print(copy.copy(P(1, [2])), copy.deepcopy(P(1, [2])))


class Account:
    def __init__(self):
        self.balance = 0
        self.lock = threading.Lock()


for fn in (copy.copy, copy.deepcopy):
    try:
        fn(Account()) if fn is copy.deepcopy else fn(threading.Lock())
    except TypeError as e:
        print('TypeError:', e)
print(copy.Error.__mro__[1].__name__, copy.error is copy.Error)

nums = [1, 3, 3, 3, 7, 9]
for x in (0, 3, 4, 9, 10):
    print(x, bisect.bisect_left(nums, x), bisect.bisect_right(nums, x), bisect.bisect(nums, x))
print(bisect.bisect_left(nums, 3, 2), bisect.bisect_right(nums, 3, 0, 2), bisect.bisect_left(nums, 8, hi=4))
lst = []
for v in (5, 1, 4, 1, 9, 2):
    bisect.insort(lst, v)
print(lst)
bisect.insort_left(lst, 4)
bisect.insort_right(lst, 4, lo=0, hi=len(lst))
print(lst)
people = [('ann', 21), ('bob', 35), ('cy', 50)]
print(bisect.bisect_left(people, 35, key=lambda p: p[1]), bisect.bisect_right(people, 35, key=lambda p: p[1]))
bisect.insort(people, ('dee', 40), key=lambda p: p[1])
bisect.insort_left(people, ('eve', 21), key=lambda p: p[1])
print(people)
grades = 'FDCBA'


def grade(score, breakpoints=(60, 70, 80, 90)):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in (33, 99, 77, 70, 89, 90, 100)])
try:
    bisect.bisect_left(nums, 1, -1)
except ValueError as e:
    print('ValueError:', e)
try:
    bisect.insort(nums, 'x')
except TypeError as e:
    print('TypeError:', e)
