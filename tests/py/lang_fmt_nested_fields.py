# nested replacement fields in specs, computed widths/precisions, str.format indexes and attributes
width, prec = 10, 3
val = 3.14159265
print(f"[{val:{width}.{prec}f}]", f"[{val:>{width}.{prec + 2}}]", f"[{'hi':{'*'}^{width}}]")
print("[{:{}.{}f}]".format(val, width, prec), "[{0:{1}.{2}}]".format(val, 8, 2))
print("[{v:{fill}{align}{w}}]".format(v="mid", fill="-", align="^", w=9))
print("{0}{1}{0}".format("ab", "cd"), "{0[0]}{0[1]}".format("xy"), "{}{}".format(*"pq"))
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
pts = [Pt(1, 2), Pt(3, 4)]
print("{0.x},{0.y} {1.x},{1.y}".format(*pts), "{p[1].y}".format(p=pts))
d = {"name": "Ann", "langs": ["py", "c"], 3: "three"}
print("{d[name]} knows {d[langs][0]} and {d[langs][1]}".format(d=d), "{0[3]}".format(d))
print("{.__name__}".format(len), "{0.x}{0.y}".format(Pt("a", "b")))
rows = [("id", "name", "score"), (1, "ann", 9.5), (22, "bob", 10.25)]
widths = [4, 6, 7]
for row in rows:
    print("".join(f"{cell!s:>{w}}" for cell, w in zip(row, widths)))
for i, w in enumerate([2, 4, 6]):
    print(f"{i:0{w}d}", "{:0{}d}".format(i, w))
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{2}".format(1, 2)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format(present=1)
except KeyError as e:
    print("KeyError:", e)
print("{{literal}} {{{0}}}".format("in braces"), f"{{{width}}}")
