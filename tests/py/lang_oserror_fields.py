# OSError constructor forms: errno/strerror/filename/filename2, args trimming, errno -> subclass, str(), subclasses, open() errors
for args in [(), ("msg",), (2, "x"), (2, "x", "f"), (13, "denied", "f", None, "g"), (99, "odd"), (1, 2, 3, 4, 5, 6), ("a", "b")]:
    e = OSError(*args)
    print(type(e).__name__, repr(e), str(e), e.args, e.errno, e.strerror, e.filename, e.filename2)
class MyErr(OSError):
    pass
e = MyErr(2, "gone", "p")
print(type(e).__name__, str(e), e.errno)
class MyErr2(OSError):
    def __init__(self, path):
        super().__init__(2, "custom", path)
e = MyErr2("zz")
print(type(e).__name__, str(e), e.args, e.filename)
e = FileNotFoundError(2, "nope")
e.filename = "q"
print(str(e), e.__dict__ if False else "")
try:
    raise PermissionError(13, "Permission denied", "/root")
except OSError as e:
    print(repr(e), e)
print(TimeoutError(110, "t").__class__.__name__, OSError(110, "t").__class__.__name__, OSError(32, "p").__class__.__name__)
try:
    open("f.txt")
except OSError as e:
    print(type(e).__name__, e)
try:
    open(3.5)
except TypeError as e:
    print("TypeError:", e)
try:
    open("x", "q")
except ValueError as e:
    print("ValueError:", e)
class Ex(Exception):
    def __new__(cls, *a):
        self = super().__new__(cls, *a)
        return self
print(repr(Ex(1, 2)), Ex("a").args)
print(BlockingIOError(11, "x").__class__.__name__)
