# building strings: join, multiplication, formatting tables
rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 10.0)]
print(f"{'name':<10}{'qty':>5}{'price':>8}")
for name, qty, price in rows:
    print(f"{name:<10}{qty:>5}{price:>8.2f}")
print("-" * 23)
print(f"{'total':<10}{sum(r[1] for r in rows):>5}{sum(r[1] * r[2] for r in rows):>8.2f}")
parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts))
s = ""
for w in ["a", "b", "c"]:
    s += w.upper()
print(s)
print(", ".join(map(repr, ["x", 1, None])))
print("\n".join(f"{i}: {'*' * i}" for i in range(1, 4)))
words = "the rain in spain".split()
print(" ".join(w[::-1] for w in words), " ".join(reversed(words)))
print("".join(sorted("interleave")), "".join(c for c in "h-e-l-l-o" if c != "-"))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym)
