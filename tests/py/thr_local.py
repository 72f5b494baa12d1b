# threading.local gives per-thread values
import threading
data = threading.local()
data.value = "main"
results = {}
lock = threading.Lock()
def worker(i):
    print_missing = not hasattr(data, "value")
    data.value = i * 10
    for _ in range(100):
        data.value += 1
    with lock:
        results[i] = (print_missing, data.value)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results.items()))
print(data.value)
