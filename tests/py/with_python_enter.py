# `with` on a class whose __enter__ is a plain Python method (run inside the eval loop, not
# through a nested call): the value bound by `as`, __exit__ seeing exceptions, an __enter__
# that raises (its traceback), and nesting through recursion.
import traceback

class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return self.name == "swallow"

with CM("a") as x, CM("b") as y:
    print(x, y)
with CM("swallow"):
    raise ValueError("gone")
try:
    with CM("c"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)

class Bad:
    def __enter__(self):
        raise KeyError("in enter")
    def __exit__(self, *exc):
        print("never")
def use_bad():
    with Bad():
        print("never either")
try:
    use_bad()
except KeyError:
    traceback.print_exc()

def nest(n):
    if n == 0:
        return 0
    with CMQuiet():
        return nest(n - 1) + 1
class CMQuiet:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        return False
print(nest(50))
