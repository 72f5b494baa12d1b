# eight threads update a shared dict of counters under a with-lock
import threading
lock = threading.Lock()
counts = {}
def worker(k):
    for i in range(1500):
        key = i % 5
        with lock:
            counts[key] = counts.get(key, 0) + 1
            counts["total"] = counts.get("total", 0) + k
ts = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted((str(k), v) for k, v in counts.items()))
