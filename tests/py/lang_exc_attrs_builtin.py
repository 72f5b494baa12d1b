# attributes and str() of built-in exceptions as a course inspects them
try:
    {"a": 1}["b"]
except KeyError as e:
    print(repr(e), str(e), e.args)
try:
    [1, 2][5]
except IndexError as e:
    print(repr(e), e.args)
try:
    int("12x")
except ValueError as e:
    print(e.args)
try:
    raise StopIteration(7)
except StopIteration as e:
    print(e.value, e.args)
e = KeyError()
print(repr(e), str(e) == "", e.args)
try:
    (1).x = 2
except AttributeError as e:
    print(e)
ex = ValueError("a", "b")
print(str(ex), repr(ex), ex.args[1])
print(repr(ZeroDivisionError("division by zero")), ArithmeticError.__name__)
print(isinstance(KeyboardInterrupt(), Exception), isinstance(SystemExit(), BaseException))
