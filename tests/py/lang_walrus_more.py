# assignment expressions: chunked processing, if/elif chains, comprehension binding, nesting
data = list(range(1, 12))
pos = 0
chunks = []
while (chunk := data[pos:pos + 4]):
    chunks.append(sum(chunk))
    pos += 4
print(chunks, chunk)
def classify(s):
    if (n := len(s)) > 5:
        return f"long({n})"
    elif (v := s.count("a")) > 1:
        return f"many a's({v})"
    else:
        return f"other({n},{v})"
print([classify(w) for w in ["bananas", "aha", "xyz"]])
values = [4, 9, 16, 25]
roots = [r for v in values if (r := int(v ** 0.5)) % 2 == 0]
print(roots, r)
print([last := w for w in "abc"], last)
print(any((found := n) > 10 for n in [3, 12, 7]), found)
print(all((bad := n) < 10 for n in [3, 12, 7]), bad)
stats = {"count": (c := 3), "double": c * 2}
print(stats, (a := 1, b := 2), a + b)
f = lambda x: (y := x * 3) + y
print(f(2))
def outer():
    res = [inner := i for i in range(3)]
    return inner, res
print(outer())
text = "key=value"
if (i := text.find("=")) != -1:
    print(text[:i], text[i + 1:])
print((n := 5) * (n := n + 1), n)
