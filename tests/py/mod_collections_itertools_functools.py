from collections import deque, defaultdict, Counter, OrderedDict, namedtuple
import itertools, functools, string
d = deque([1, 2, 3], maxlen=5); d.appendleft(0); d.append(4); d.append(5); print(d, d.popleft(), len(d))
dd = defaultdict(list); dd['a'].append(1); dd['b'].append(2); print(dd, dict(dd))
c = Counter("abracadabra"); print(c, c.most_common(2), c['z'])
od = OrderedDict(a=1, b=2); od.move_to_end('a'); print(od, od.popitem())
Point = namedtuple('Point', 'x y'); p = Point(1, y=2); print(p, p.x + p.y, p._replace(x=5), p._asdict(), Point._fields)
print(list(itertools.islice(itertools.count(10, 2), 4)), list(itertools.permutations('abc', 2))[:3])
print(list(itertools.combinations(range(4), 2)), list(itertools.product('ab', repeat=2)))
print([(k, list(g)) for k, g in itertools.groupby('aaabbc')], list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.chain([1], (2, 3))), list(itertools.zip_longest('ab', 'xyz', fillvalue='-')))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(80), fib.cache_info())
print(functools.reduce(lambda a, b: a * b, range(1, 10)), functools.partial(int, base=2)("1011"))
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def hello(): "doc"
print(hello.__name__, hello.__doc__, string.ascii_uppercase[:5], int.__add__(2, 3), dict.__repr__({1: 2}))
print(sorted(['b', 'A', 'c'], key=str.lower), list(map(str.upper, 'ab')))
