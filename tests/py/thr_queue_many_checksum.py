# four producers and four consumers: every item arrives exactly once
import queue, threading
q = queue.Queue(maxsize=10)
got = []
lock = threading.Lock()
def producer(p):
    for i in range(250):
        q.put(p * 1000 + i)
def consumer():
    local = []
    while True:
        x = q.get()
        if x is None:
            break
        local.append(x)
    with lock:
        got.extend(local)
ps = [threading.Thread(target=producer, args=(p,)) for p in range(4)]
cs = [threading.Thread(target=consumer) for _ in range(4)]
for t in ps + cs: t.start()
for p in ps: p.join()
for _ in cs: q.put(None)
for c in cs: c.join()
expected = [p * 1000 + i for p in range(4) for i in range(250)]
print(len(got), sum(got), sorted(got) == expected, q.qsize())
