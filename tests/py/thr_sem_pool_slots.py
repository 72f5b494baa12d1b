# a BoundedSemaphore guarding a pool of 2 connections: no connection is used twice at once
import threading, time
pool = ["conn-a", "conn-b"]
slots = threading.BoundedSemaphore(len(pool))
lock = threading.Lock()
in_use = set()
clash = []
used = []
def client(i):
    with slots:
        with lock:
            c = pool.pop()
            if c in in_use:
                clash.append(c)
            in_use.add(c)
        time.sleep(0.01)
        with lock:
            in_use.discard(c)
            pool.append(c)
            used.append(c)
ts = [threading.Thread(target=client, args=(i,)) for i in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(len(used), clash, sorted(pool), sorted(set(used)))
