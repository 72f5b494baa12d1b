# in-place set methods and the display order of small-int sets
s = {1, 2, 3, 4}
s.intersection_update({2, 3, 9})
print(sorted(s))
s.difference_update([3])
print(sorted(s))
s.symmetric_difference_update({2, 7})
print(sorted(s))
print(sorted({1, 2}.symmetric_difference({2, 5})), sorted({1}.union([9], (8,))))
print({3, 1, 2}, {10, 5, 1}, {-1, 1}, set(range(5)), {8, 16, 0})
print(frozenset({3, 2, 1}), sorted(frozenset("ab") | {"c"}))
