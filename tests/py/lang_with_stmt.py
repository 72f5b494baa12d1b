# with statement: ordering, exceptions, nested, generator-based manual managers
events = []
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        events.append("enter " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        events.append("exit " + self.name + (" with " + et.__name__ if et else ""))
        return False
with CM("a"), CM("b"):
    events.append("body")
print(events)
events.clear()
try:
    with CM("x"):
        with CM("y"):
            raise IndexError("oops")
except IndexError:
    events.append("handled")
print(events)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError, ZeroDivisionError):
    1 / 0
print("suppressed zero division")
try:
    with Suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)
import threading
lock = threading.Lock()
with lock:
    print("locked", lock.locked())
print("unlocked", lock.locked())
