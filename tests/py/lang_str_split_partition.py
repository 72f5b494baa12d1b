# split/rsplit with maxsplit and separators, partition/rpartition, splitlines keepends
s = "a,b,,c,d"
print(s.split(","), s.split(",", 1), s.split(",", 2), s.rsplit(",", 1), s.rsplit(",", 2), s.split(",", -1))
w = "  one  two   three  "
print(w.split(), w.split(" "), w.strip().split(None, 1), w.strip().rsplit(None, 1))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "abc".split("abc"), "".split(" "), "x".split("x"))
print("1 2\t3\n4\x0b5".split(), "k=v=w".split("=", maxsplit=1), "path/to/file.txt".rsplit("/", 1)[-1])
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
for text in ["user@example.com", "no-at-sign", "a@b@c"]:
    print(text.partition("@"), text.rpartition("@"))
name, _, ext = "archive.tar.gz".rpartition(".")
print(name, ext, "archive.tar.gz".partition(".")[2])
lines = "first\nsecond\r\nthird\rfourth\n\nlast"
print(lines.splitlines(), lines.splitlines(keepends=True), lines.split("\n"))
print("".splitlines(), "\n".splitlines(), "x\n".splitlines(), "x\n".split("\n"))
csv = "name, age ,city\nann, 30, Oslo\nbob,25 , Rome"
rows = [[c.strip() for c in line.split(",")] for line in csv.splitlines()]
print(rows)
print(dict(pair.split(":") for pair in "a:1;b:2;c:3".split(";")))
