# sorted/list.sort with the key kinds the fast paths take (small ints, str, float, tuples of
# them) and the ones they hand to the full protocol (big ints, mixed int/float, NaN, __lt__).
import random
random.seed(3)
xs = [random.randint(-50, 50) for _ in range(300)]
print(sorted(xs)[:10], sorted(xs, reverse=True)[:10])
fs = [random.random() * 100 - 50 for _ in range(200)] + [0.0, -0.0, 1e300, -1e300, float("inf")]
print(sorted(fs)[:5], sorted(fs)[-3:])
ss = ["b", "a", "ä", "aa", "", "Z", "é", "z", "ab", "€", "😀", "a\x00"]
print(sorted(ss), sorted(ss, reverse=True))
ts = [(random.randint(0, 3), random.choice("xyz"), i) for i in range(40)]
print(sorted(ts)[:8])
print(sorted(ts, key=lambda t: (t[1], -t[0]))[:8])
mixed = [(1, "b"), (1.0, "a"), (True, "c"), (0, "z"), (2**70, "big"), (2**70, "a"), (1.5, "m"), ((), "e")]
print(sorted(mixed[:7]))
try:
    sorted(mixed)
except TypeError as e:
    print("TypeError")
print(sorted([(1, 2), (1,), (), (0, 5, 6), (1, 2, 0)]))
print(sorted([[3, 1], [2], [3, 0, 1]]))
nan = float("nan")
print(sorted([(1, nan), (1, 0.5), (0, nan)], key=lambda t: t[0]))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v > o.v
    def __repr__(self): return f"K({self.v})"
print(sorted([K(1), K(3), K(2)]))
print(sorted([(K(1), 1), (K(3), 2), (K(2), 3)]))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=str.lower, reverse=True))
l = [5, 3, 1]
l.sort(key=lambda v: -v); print(l)
print(sorted([(2**64, 1), (2**64 + 1, 0), (-2**64, 3)]))
