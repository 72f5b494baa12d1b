# raise from, __cause__, __context__, __suppress_context__
class AppError(Exception):
    pass
def load():
    try:
        {}["missing"]
    except KeyError as e:
        raise AppError("load failed") from e
try:
    load()
except AppError as e:
    print(repr(e), repr(e.__cause__), type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise TypeError("b") from None
except TypeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
e = RuntimeError("x")
print(e.__cause__, e.__context__, e.__traceback__)
try:
    raise e
except RuntimeError as caught:
    print(caught is e, caught.__traceback__ is not None)
def f():
    try:
        raise ValueError(1)
    finally:
        print("finally in f")
try:
    f()
except ValueError as err:
    print("got", err.args)
