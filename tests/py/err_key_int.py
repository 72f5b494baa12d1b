d = {1: "x"}
print(d.get(2))
d[2]
