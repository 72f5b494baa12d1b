# collections: Counter arithmetic, defaultdict factories, deque rotation, namedtuple defaults, ChainMap
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict, ChainMap
a = Counter("mississippi")
b = Counter(s=2, p=1, x=5)
print(a.most_common(), a + b, a - b, a & b, a | b)
a.update("sip")
a.subtract({"i": 10})
print(a, a.total() if hasattr(a, "total") else sum(a.values()), sorted(a.elements())[:5])
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), list(Counter("aab").keys()))
nested = defaultdict(lambda: defaultdict(int))
for word in ["apple", "avocado", "banana", "blueberry", "apple"]:
    nested[word[0]][word] += 1
print({k: dict(v) for k, v in nested.items()})
groups = defaultdict(set)
for n in range(10):
    groups[n % 3].add(n)
print(dict(groups), groups.default_factory)
d = deque(range(7))
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.count(3), d.index(4))
d.extendleft([100, 200])
print(d, d[0], d[-1], d.maxlen)
window = deque(maxlen=3)
for x in range(6):
    window.append(x)
    print(list(window), end=" ")
print()
Emp = namedtuple("Emp", ["name", "dept", "salary"], defaults=["eng", 0])
e = Emp("ann")
print(e, Emp._field_defaults, e._replace(salary=5), Emp._make(["bob", "ops", 9]))
name, dept, _ = e
print(name, dept, e[0], e.index("eng"), isinstance(e, tuple))
od = OrderedDict.fromkeys("abc", 0)
od.move_to_end("a", last=False)
od["z"] = 1
print(list(od), od.popitem(last=False))
cm = ChainMap({"x": 1}, {"x": 2, "y": 3})
print(cm["x"], cm["y"], len(cm), sorted(cm))
