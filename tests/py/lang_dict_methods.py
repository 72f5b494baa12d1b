# dict methods and insertion order
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 1 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.setdefault("a", 100), d.setdefault("e", 5), d)
print(d.pop("b"), d.pop("zz", "dflt"), d)
print(d.popitem(), d)
d.update({"a": 10, "f": 6})
d.update(g=7)
d.update([("h", 8)])
print(d)
del d["a"]
print(d)
d["c"] = 30
print(d)
print(dict.fromkeys(["x", "y"], 0), dict.fromkeys("ab"))
e = d.copy()
e.clear()
print(e, d == {"c": 30, "e": 5, "f": 6, "g": 7, "h": 8})
counts = {}
for w in "the cat the dog the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print({1: "a", 1.0: "b", True: "c"})
print(dict(a=1, b=2), dict([(1, 2)]), dict(zip("xyz", range(3))), dict({"k": 1}, j=2))
