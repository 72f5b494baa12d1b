# threads run one after another each start with a fresh local, even if an OS thread id is reused
import threading
loc = threading.local()
seen = []
def worker(i):
    seen.append(getattr(loc, "v", None))
    loc.v = i
for i in range(20):
    t = threading.Thread(target=worker, args=(i,))
    t.start()
    t.join()
print(seen.count(None), len(seen))
class Counted(threading.local):
    n = 0
    def __init__(self):
        Counted.n += 1
        self.mine = []
c = Counted()
def use(i):
    c.mine.append(i)
    seen.append(len(c.mine))
seen.clear()
for i in range(10):
    t = threading.Thread(target=use, args=(i,))
    t.start(); t.join()
print(seen, Counted.n)
