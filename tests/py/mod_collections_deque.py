# collections.deque: both ends, maxlen, indexing, rotation, comparisons, subclassing, and the
# errors CPython raises (mutation during iteration among them).
from collections import deque


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], 2 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft('ab')
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); d.rotate(len(d) * 5 + 1); print(d)
d.reverse(); print(d, list(reversed(d)))
print(d.count(7), d.index(7), d.index(7, 1) if d.count(7) > 1 else 'one')
d.remove('a'); print(d)
d.insert(1, 'x'); d.insert(-1, 'y'); d.insert(100, 'z'); d.insert(-100, 'w'); print(d)
d[0] = 'first'; del d[1]; print(d)
d.clear(); print(d, bool(d), len(d))

# maxlen: full deques drop from the other end
m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(9); print(m)
m.appendleft(-1); print(m)
m.extend(range(10, 14)); print(m)
m.extendleft([100, 200]); print(m)
print(deque('abc', 0), deque(maxlen=0).maxlen)
z = deque(maxlen=0); z.append(1); print(z)
print(deque('abcd', 2) * 3, deque([1, 2]) * 0, 2 * deque([1, 2]))
r = deque([1, 2], 5); r *= 3; print(r)
r += [7]; print(r)
print(deque([1]) + deque([2, 3]), (deque([1], 1) + deque([2, 3])))

# comparisons are lexicographic, and only between deques
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 3]), deque([1, 2]) == [1, 2])
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) < deque([1, 2, 0]), deque([2]) >= deque([1, 9]))

# copies keep type and maxlen
c = deque([1, 2, 3], 4)
cc = c.copy(); cc.append(4); cc.append(5)
print(c, cc, c.__copy__())

# self-reference and extend with itself
s = deque([1]); s.append(s); print(s)
e = deque([1, 2]); e.extend(e); print(e)
e.extendleft(e); print(e)

# iteration and mutation
it = iter(deque([1, 2, 3]))
print(next(it), list(it))
def mutate():
    q = deque([1, 2, 3])
    for x in q:
        q.append(x)
t(mutate)
def mutate_rev():
    q = deque([1, 2, 3])
    for x in reversed(q):
        q.popleft()
t(mutate_rev)
class Eq:
    def __init__(self, q): self.q = q
    def __eq__(self, other):
        self.q.clear()
        return False
q = deque([1, 2, 3])
t(lambda: q.count(Eq(q)))
q = deque([1, 2, 3])
t(lambda: q.index(Eq(q)))
print(type(iter(q)).__name__, type(reversed(q)).__name__)

# errors
d = deque([1, 2, 3])
t(lambda: d.index(5))
t(lambda: d.remove(5))
t(lambda: d['a'])
t(lambda: d[1:2])
t(lambda: d[10])
t(lambda: d[-4])
t(lambda: deque(maxlen=-1))
t(lambda: deque(maxlen='a'))
t(lambda: deque([1], 2, 3))
t(lambda: d + [1])
t(lambda: hash(d))
t(lambda: deque().pop())
t(lambda: deque().popleft())
t(lambda: deque([1], 1).insert(0, 2))
t(lambda: d * 'a')
t(lambda: d.rotate('a'))
t(lambda: d.index(2, 'a'))
t(lambda: d.count())
t(lambda: deque(5))
t(lambda: d.extend(5))
t(lambda: deque(iterable=[1], maxlen=3))
t(lambda: deque([1], maxlen=None))
t(lambda: d.__delitem__(9))
print(deque.__module__, deque.__name__, isinstance(d, deque))

# subclassing
class History(deque):
    def __init__(self, items, size):
        super().__init__(items, size)
        self.label = 'hist'
    def last(self):
        return self[-1]
h = History([1, 2, 3], 2)
h.append(4)
print(h, h.last(), h.label, len(h), isinstance(h, deque), h.maxlen)
print(h.copy(), h + deque([5]), type(h * 2).__name__)


class D(deque):
    pass
print(D('ab'), D('ab', 5), D().maxlen)

# a work queue in the classic breadth-first style
graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': [], 'e': ['a']}
seen, order, todo = {'a'}, [], deque(['a'])
while todo:
    n = todo.popleft()
    order.append(n)
    for m2 in graph[n]:
        if m2 not in seen:
            seen.add(m2)
            todo.append(m2)
print(order)
big = deque(range(100000))
for _ in range(50000):
    big.append(big.popleft() * 2)
print(len(big), big[0], big[-1], sum(big) % 1000003)
