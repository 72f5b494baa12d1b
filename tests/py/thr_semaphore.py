# Semaphore limits concurrency
import threading, time
sem = threading.Semaphore(3)
lock = threading.Lock()
current = 0
max_seen = 0
done = 0
def job():
    global current, max_seen, done
    with sem:
        with lock:
            current += 1
            max_seen = max(max_seen, current)
        time.sleep(0.02)
        with lock:
            current -= 1
            done += 1
ts = [threading.Thread(target=job) for _ in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("done", done, "max concurrent <= 3:", max_seen <= 3, "current", current)
b = threading.BoundedSemaphore(1)
print(b.acquire(), b.acquire(blocking=False))
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
s = threading.Semaphore(0)
print(s.acquire(timeout=0.01))
s.release(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))
