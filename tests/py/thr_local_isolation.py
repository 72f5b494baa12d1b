# threading.local attributes are per thread: unseen, settable and deletable independently
import threading
loc = threading.local()
loc.x = "main"
res = {}
def worker(i):
    before = hasattr(loc, "x")
    loc.x = i
    loc.y = [i]
    loc.y.append(i * 2)
    del loc.x
    res[i] = (before, hasattr(loc, "x"), loc.y, sorted(loc.__dict__))
ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
for k in sorted(res):
    print(k, res[k])
print(loc.x, hasattr(loc, "y"), sorted(loc.__dict__))
