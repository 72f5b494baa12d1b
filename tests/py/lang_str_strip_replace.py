# strip with character sets, replace with counts, startswith/endswith with tuples and ranges
print(repr("xxhixyx".strip("xy")), repr("  \t hi \n".strip()), repr("www.example.com".strip("cmowz.")))
print(repr("...abc...".lstrip(".")), repr("...abc...".rstrip(".")), repr("abc".strip("")), repr("aaa".strip("a")))
print("0042300".lstrip("0"), "1.2500".rstrip("0").rstrip("."), "3.000".rstrip("0").rstrip("."))
t = "one fish two fish red fish"
print(t.replace("fish", "cat"), t.replace("fish", "cat", 2), t.replace("fish", "cat", 0), t.replace("fish", "cat", -1))
print("aaaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("banana".replace("a", ""), "banana".count("an"), "banana".count("a", 2), "aaa".count("aa"))
fname = "report.PDF"
print(fname.lower().endswith((".pdf", ".doc")), fname.startswith(("rep", "sum")), fname.endswith(()))
print("hello".startswith("ell", 1), "hello".startswith("ell", 2), "hello".endswith("ll", 0, 4), "hello".endswith("o", -1))
urls = ["http://a", "https://b", "ftp://c", "mailto:d"]
print([u for u in urls if u.startswith(("http://", "https://"))])
try:
    "x".startswith(["x"])
except TypeError as e:
    print("TypeError:", e)
print("Hello World".replace(" ", "_").lower(), "-".join("a b  c".split()), "tEST".capitalize())
print("a.b.c".replace(".", "", 1), "CamelCaseName".replace("Case", ""), "x" * 3 + "y".replace("y", "z"))
