# assignment expressions
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
i = 0
while (item := data[i]) != 9:
    i += 1
print("found", item, "at", i)
print([y for x in data if (y := x * 2) > 6])
print(y)
vals = iter([1, 2, 3, 0, 5])
total = 0
while (v := next(vals)) != 0:
    total += v
print(total)
print((z := 10) + z, z)
def f(x):
    return x * x
print([r for v in range(5) if (r := f(v)) % 2 == 0])
if any((hit := w).startswith("c") for w in ["apple", "cherry", "coconut"]):
    print("first c word:", hit)
