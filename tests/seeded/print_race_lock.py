# The print race with a lock around print: no line tears in any stdout mode.
import threading
lock = threading.Lock()
def worker(i):
    for k in range(3):
        with lock:
            print(f"Hello from {i}")
ts = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
