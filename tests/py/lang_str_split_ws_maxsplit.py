# whitespace split with maxsplit keeps the unsplit remainder verbatim (trailing/leading blanks)
w = "  one  two   three  "
print(w.split(None, 1), w.rsplit(None, 1), w.split(maxsplit=2), w.rsplit(maxsplit=0), w.split(maxsplit=0))
print("a b  ".split(None, 1), "  a b".rsplit(None, 1), "cmd  arg1 arg2 \n".split(maxsplit=1))
print("x\t\ty\n".split(None, 1), " x ".split(maxsplit=5), "".split(maxsplit=1), "   ".rsplit(maxsplit=1))
