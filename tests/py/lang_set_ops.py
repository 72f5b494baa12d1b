# sets (printed sorted to avoid relying on iteration order)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)))
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset({1}), a.isdisjoint({9}), {1, 2} <= a, {1, 2} < {1, 2})
s = set()
s.add(3); s.add(3); s.add(1)
s.update([7, 8])
print(sorted(s), len(s), 3 in s, 9 in s)
s.discard(99); s.remove(7)
print(sorted(s))
print(sorted(set("mississippi")), len(set([1, 1, 2])))
print(set() == set(), {1, 2} == {2, 1}, frozenset([1, 2]) == {1, 2})
fs = frozenset([3, 1])
d = {fs: "frozen"}
print(d[frozenset([1, 3])], sorted(fs))
print(sorted({x % 3 for x in range(10)}), repr(set()), {5})
c = a.copy()
c -= {1}
c |= {10}
print(sorted(c), sorted(a))
print(s.pop() in {1, 3, 8}, len(s))
