# lock-protected counter across threads
import threading
counter = 0
lock = threading.Lock()
def worker(n):
    global counter
    for _ in range(n):
        lock.acquire()
        try:
            counter += 1
        finally:
            lock.release()
threads = [threading.Thread(target=worker, args=(2000,)) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter)
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(blocking=False))
lock.release()
print(lock.locked(), lock.acquire(timeout=0.01))
lock.release()
