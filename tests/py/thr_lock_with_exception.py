# the with statement releases the lock even when the block raises
import threading
lock = threading.Lock()
def risky(n):
    with lock:
        if n < 0:
            raise ValueError("negative")
        return n * 2
print(risky(4), lock.locked())
try:
    risky(-1)
except ValueError as e:
    print("caught", e, lock.locked())
def early_return():
    for i in range(10):
        with lock:
            if i == 3:
                return i
print(early_return(), lock.locked())
errors = []
def worker(i):
    try:
        risky(-i)
    except ValueError:
        errors.append(i)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(1, 6)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(errors), lock.locked())
