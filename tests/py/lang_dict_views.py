# dict views, iteration, merging
d = {"x": 1, "y": 2}
ks = d.keys()
vs = d.values()
its = d.items()
d["z"] = 3
print(list(ks), list(vs), list(its), len(ks))
print("x" in ks, 2 in vs, ("y", 2) in its)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "=", v)
print(d | {"w": 0}, {"x": 9} | d)
d |= {"x": 100}
print(d)
print(sorted(d, key=d.get), max(d, key=lambda k: d[k]))
print(list(reversed(d)))
e = {}
e[(1, 2)] = "t"
e[None] = "n"
e[3] = "i"
print(e)
print({k: v for k, v in sorted(d.items()) if v > 2})
