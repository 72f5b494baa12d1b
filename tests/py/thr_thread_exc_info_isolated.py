# the exception being handled is per thread: a thread started in an except block sees none
import sys, threading
seen = {}
def worker():
    seen["worker before"] = sys.exc_info()[0]
    try:
        raise KeyError("inner")
    except KeyError:
        seen["worker inside"] = sys.exc_info()[0].__name__
    seen["worker after"] = sys.exc_info()[0]
try:
    raise ValueError("outer")
except ValueError:
    t = threading.Thread(target=worker)
    t.start()
    t.join()
    seen["main"] = sys.exc_info()[0].__name__
for k in sorted(seen):
    print(k, seen[k])
