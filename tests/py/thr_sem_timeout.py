# acquire(timeout=...) returns False when no permit arrives in time, True when one does
import threading, time
sem = threading.Semaphore(0)
t0 = time.monotonic()
print(sem.acquire(timeout=0.05), time.monotonic() - t0 >= 0.04)
threading.Timer(0.02, sem.release).start()
print(sem.acquire(timeout=2))
print(sem.acquire(timeout=0))
sem.release()
print(sem.acquire(timeout=0))
