# conversion flags !r !s !a in f-strings and str.format, with specs after them
name = "Zoë"
items = ["a", 1, None]
print(f"{name!r} {name!s} {name}")
print(f"{items!r} {items!s}")
print("{0!r:>10}|{0!s:>10}|".format(name))
print(f"{'x'!r:^7}|{3!r:>4}|{3.5!s:<5}|")
class P:
    def __repr__(self):
        return "P-repr"
    def __str__(self):
        return "P-str"
p = P()
print(f"{p} {p!r} {p!s} {p!a}", "{} {!r}".format(p, p), "%s %r" % (p, p))
print(ascii("café ✓"), repr("café ✓"), ascii(["ñ"]), ascii(1.5))
print(f"{'it' + chr(39) + 's'!r}")
s = 'say "hi"'
print(f"{s!r}", repr("both ' and \""), repr("new\nline"), repr("\x00\x7f"))
x = 10
print(f"{x=}", f"{x = }", f"{x=:>5}", f"{x*2=}", f"{name=!s}", f"{items[0]=}")
