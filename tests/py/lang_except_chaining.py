# an exception raised inside an except clause chains implicitly (__context__)
def parse(s):
    try:
        return int(s)
    except ValueError:
        return {}[s]
try:
    parse("xyz")
except KeyError as e:
    ctx = e.__context__
    print(type(e).__name__, e, "| context:", type(ctx).__name__, ctx)
    print(e.__cause__, e.__suppress_context__)
def handler_bug():
    try:
        1 / 0
    except ZeroDivisionError as z:
        print("handling", z)
        undefined_name_here
try:
    handler_bug()
except NameError as e:
    print(e, "<-", type(e.__context__).__name__)
def triple():
    try:
        raise ValueError("one")
    except ValueError:
        try:
            raise TypeError("two")
        except TypeError:
            raise KeyError("three")
try:
    triple()
except KeyError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__context__
    print(" <- ".join(chain))
def explicit():
    try:
        raise OSError("disk")
    except OSError as exc:
        raise RuntimeError("save failed") from exc
try:
    explicit()
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)
