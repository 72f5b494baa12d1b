# acquire(timeout=...) on a held lock gives up and returns False after about that long
import threading, time
lock = threading.Lock()
lock.acquire()
out = {}
def waiter():
    t0 = time.monotonic()
    out["got"] = lock.acquire(timeout=0.05)
    out["waited"] = time.monotonic() - t0 >= 0.04
t = threading.Thread(target=waiter)
t.start()
t.join()
print(out["got"], out["waited"])
print("main timeout", lock.acquire(timeout=0.02), lock.acquire(True, 0.01))
lock.release()
print("free timeout", lock.acquire(timeout=0.05))
lock.release()
for kw in ({"blocking": False, "timeout": 1}, {"timeout": -2}):
    try:
        lock.acquire(**kw)
    except ValueError as e:
        print("ValueError:", e)
print(lock.acquire(timeout=-1))
lock.release()
