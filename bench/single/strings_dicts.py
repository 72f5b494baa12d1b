words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
counts = {}
parts = []
for i in range(600_000):
    w = words[i % 8] + str(i % 13)
    counts[w] = counts.get(w, 0) + 1
    if i % 1000 == 0:
        parts.append(w.upper())
print(len(counts), max(counts.values()), len("-".join(parts)))
