# traceback: print_exc/print_exception/format_tb/extract_tb, limits, chains, repeats
import sys
import traceback
class Sink:
    """Collects what traceback prints; shows it with this script's path as FILE."""
    def write(self, text):
        sys.stdout.write(text.replace(__file__, "FILE"))
out = Sink()
def show(text):
    print(str(text).replace(__file__, "FILE"), end="" if isinstance(text, str) else "\n")
def leaf(d):
    return {"a": 1}[d]
def mid(d):
    return leaf(d) * 2
try:
    mid("zz")
except KeyError:
    traceback.print_exc(file=out)
    traceback.print_exc(limit=1, file=out)
    traceback.print_exc(limit=-1, file=out)
    etype, value, tb = sys.exc_info()
    print(etype.__name__, repr(value), type(tb).__name__)
    for fs in traceback.extract_tb(tb):
        print(fs.filename == __file__, fs.lineno, fs.name, repr(fs.line))
        filename, lineno, name, line = fs
        print(name, fs == (filename, lineno, name, line))
    show(traceback.extract_tb(tb)[0])
    show("".join(traceback.format_tb(tb)))
    show(traceback.format_tb(tb, limit=1))
    traceback.print_exception(etype, value, tb, file=out)
    traceback.print_exception(value, file=out)
    traceback.print_tb(tb.tb_next, file=out)
def chained():
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("wrapped") from e
try:
    chained()
except RuntimeError as e:
    show("".join(traceback.format_exception(e)))
    show("".join(traceback.format_exception(e, chain=False)))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(RuntimeError, e))
try:
    try:
        [][1]
    except IndexError:
        None.foo
except AttributeError:
    show(traceback.format_exc())
def down(n):
    if n == 0:
        raise RecursionError("bottom")
    return down(n - 1)
try:
    down(8)
except RecursionError:
    show(traceback.format_exc())
show(traceback.format_exc())
print(traceback.format_exception(None))
print(traceback.format_list([("f.py", 3, "g", "x = 1"), ("f.py", 4, "h", "")]))
class Custom(Exception):
    pass
print(traceback.format_exception_only(Custom("odd")))
print(traceback.format_exception_only(NameError("name 'zz' is not defined")))
try:
    traceback.print_exception(ValueError("v"), None)
except ValueError as e:
    print(e)
