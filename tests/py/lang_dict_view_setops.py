# dict views: reversed(), set operations and comparisons
d = {"x": 1, "y": 2, "z": 3}
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
ks = d.keys()
print(sorted(ks - {"x"}), sorted(ks & {"x", "q"}), sorted(ks | {"q"}), sorted(ks ^ {"x", "w"}))
print(ks == {"x", "y", "z"}, ks != {"x"}, d.items() == {("x", 1), ("y", 2), ("z", 3)})
print(sorted(d.items() & {("x", 1), ("x", 2)}), ks <= {"x", "y", "z", "w"}, ks.isdisjoint({"q"}))
print(sorted({"a": 0}.keys() | d.keys()))
