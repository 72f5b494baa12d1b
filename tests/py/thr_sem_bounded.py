# BoundedSemaphore refuses releases above its initial value; a plain Semaphore allows them
import threading
b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
b.acquire(); b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("release(3):", e)
b.release(2)
print([b.acquire(False) for _ in range(3)])
s = threading.Semaphore(1)
s.release(); s.release()
print([s.acquire(False) for _ in range(4)])
print(isinstance(b, threading.Semaphore))
