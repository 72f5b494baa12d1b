# sys.excepthook and sys.__excepthook__: called for the main module's uncaught exception, and
# what CPython prints when the hook itself fails (stdout whole; stderr by its last line, the
# original exception after "Error in sys.excepthook:" and "Original exception was:").
import sys
print(sys.excepthook is sys.__excepthook__, sys.excepthook)
try:
    sys.excepthook(1)
except TypeError as e:
    print(e)
sys.__excepthook__(int, 5, None)
print("--")
try:
    1/0
except Exception as e:
    sys.excepthook(type(e), e, e.__traceback__)
print("--")
def hook(t, v, tb):
    print("custom", t.__name__, v, tb.tb_lineno)
    1/0
sys.excepthook = hook
def f():
    raise ValueError("x")
print("before")
f()
