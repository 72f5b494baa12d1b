# a missing attribute of a local raises AttributeError; getattr default works
import threading
loc = threading.local()
class Sub(threading.local):
    pass
sub = Sub()
for obj in (loc, sub):
    try:
        obj.missing
    except AttributeError as e:
        print("AttributeError:", e)
print(getattr(loc, "missing", "default"))
sub.v = 1
del sub.v
try:
    del sub.v
except AttributeError as e:
    print("del:", e)
try:
    threading.local(1, 2)
except TypeError as e:
    print("TypeError:", e)
