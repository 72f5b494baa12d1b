# release(n) wakes up to n waiting threads; n must be at least 1
import threading
sem = threading.Semaphore(0)
done = []
lock = threading.Lock()
def waiter(i):
    if sem.acquire(timeout=2):
        with lock:
            done.append(i)
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts: t.start()
sem.release(3)
sem.release(2)
for t in ts: t.join()
print(sorted(done))
for n in (0, -1):
    try:
        sem.release(n)
    except ValueError as e:
        print(n, "ValueError:", e)
print(sem.acquire(False))
