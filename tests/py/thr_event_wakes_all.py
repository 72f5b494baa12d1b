# one set() wakes all the waiting threads, and each wait() returns True
import threading
ev = threading.Event()
arrived = threading.Semaphore(0)
res = []
lock = threading.Lock()
def waiter(i):
    arrived.release()
    r = ev.wait(5)
    with lock:
        res.append((i, r))
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(10)]
for t in ts: t.start()
for _ in ts: arrived.acquire()
print("before set", len(res))
ev.set()
for t in ts: t.join()
print(sorted(res))
