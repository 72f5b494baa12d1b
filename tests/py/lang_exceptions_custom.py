# custom exception classes, args, str/repr, hierarchy
class MyError(Exception):
    pass
class DetailedError(MyError):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return f"[{self.code}] {self.msg}"
for exc in [MyError(), MyError("one"), MyError("a", 2), DetailedError(404, "not found")]:
    print(repr(str(exc)), exc.args, type(exc).__name__)
print(repr(MyError("x")), repr(ValueError()), repr(KeyError("k")), str(KeyError("k")))
try:
    raise DetailedError(500, "server")
except MyError as e:
    print("caught as base:", e, e.code, isinstance(e, Exception))
try:
    raise MyError
except MyError as e:
    print("class raised:", repr(e))
print(issubclass(MyError, Exception), issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print([c.__name__ for c in DetailedError.__mro__])
try:
    [][0]
except LookupError as e:
    print(type(e).__name__, e)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
class Warn(Exception):
    def __init__(self, m):
        self.m = m
w = Warn("z")
print(w.args, str(w), w.m)
errors = []
for f in [lambda: 1 / 0, lambda: {}["k"], lambda: [].pop(), lambda: int("x"), lambda: "a" + 1]:
    try:
        f()
    except Exception as e:
        errors.append(f"{type(e).__name__}: {e}")
print("\n".join(errors))
