seen = set()
seen.add((1, 2))
print(seen)
cache = {}
cache[{"a": 1}] = "value"
