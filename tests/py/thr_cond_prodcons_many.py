# two producers and three consumers over a Condition-guarded bounded buffer
import threading
cond = threading.Condition()
buf = []
CAP = 4
got = []
def producer(base):
    for i in range(base, base + 100):
        with cond:
            cond.wait_for(lambda: len(buf) < CAP)
            buf.append(i)
            cond.notify_all()
def consumer():
    while True:
        with cond:
            cond.wait_for(lambda: buf)
            item = buf.pop(0)
            cond.notify_all()
        if item is None:
            return
        got.append(item)
cs = [threading.Thread(target=consumer) for _ in range(3)]
ps = [threading.Thread(target=producer, args=(b,)) for b in (0, 1000)]
for t in cs + ps:
    t.start()
for p in ps:
    p.join()
with cond:
    buf.extend([None] * 3)
    cond.notify_all()
for c in cs:
    c.join()
print(len(got), sum(got), sorted(got) == list(range(100)) + list(range(1000, 1100)))
