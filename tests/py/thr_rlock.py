# RLock re-entry
import threading
rl = threading.RLock()
def recurse(n):
    with rl:
        if n == 0:
            return 0
        return 1 + recurse(n - 1)
print(recurse(10))
print(rl.acquire(), rl.acquire(), rl.acquire(blocking=False))
rl.release(); rl.release(); rl.release()
try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError:", e)
total = 0
def worker():
    global total
    for _ in range(500):
        with rl:
            with rl:
                total += 1
ts = [threading.Thread(target=worker) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(total)
held = threading.RLock()
held.acquire()
res = []
t = threading.Thread(target=lambda: res.append(held.acquire(blocking=False)))
t.start(); t.join()
held.release()
print(res)
