# insertion order of dicts built by comprehensions, updates, deletes; int sets; zip/fromkeys
words = ["pear", "apple", "fig", "apple", "kiwi", "fig"]
first_index = {}
for i, w in enumerate(words):
    first_index.setdefault(w, i)
print(first_index)
last_index = {w: i for i, w in enumerate(words)}
print(last_index, list(last_index))
lengths = {w: len(w) for w in sorted(set(words))}
print(lengths)
d = {"b": 1, "a": 2, "c": 3}
del d["a"]
d["a"] = 4
d["b"] = 5
print(d, list(d.keys()), list(d.values()))
print(dict(zip("cab", range(3))), dict.fromkeys("hello"), dict.fromkeys([3, 1, 2], []))
inverted = {v: k for k, v in {"x": 1, "y": 2, "z": 1}.items()}
print(inverted)
print({n % 5 for n in range(20, 0, -1)}, {n * n for n in [3, -3, 2, -2, 0]}, set(range(8, 0, -2)))
print(sorted({w[0] for w in words}), {len(w) for w in words})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
merged = {**{"a": 1, "b": 2}, **{"b": 3, "c": 4}}
merged.update(a=10, d=5)
print(merged, merged.pop("b"), merged.popitem(), merged)
squares = {i: i * i for i in range(5) if i != 2}
print(squares, {k: v for k, v in squares.items() if v > 1})
nested = {r: {c: r * c for c in range(1, 3)} for r in range(1, 3)}
print(nested)
