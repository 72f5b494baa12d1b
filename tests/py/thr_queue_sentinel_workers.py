# workers stop when they read a None sentinel, one per worker
import queue, threading
q = queue.Queue()
results = []
lock = threading.Lock()
def worker(wid):
    handled = 0
    while True:
        item = q.get()
        if item is None:
            break
        handled += 1
        with lock:
            results.append(item * item)
    with lock:
        results.append(("stop", wid))
ws = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for w in ws: w.start()
for i in range(40):
    q.put(i)
for _ in ws:
    q.put(None)
for w in ws: w.join()
nums = [r for r in results if not isinstance(r, tuple)]
stops = sorted(r for r in results if isinstance(r, tuple))
print(len(nums), sum(nums), stops)
