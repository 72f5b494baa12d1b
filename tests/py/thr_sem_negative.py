# a negative initial value is rejected; zero is allowed
import threading
for cls in (threading.Semaphore, threading.BoundedSemaphore):
    try:
        cls(-1)
    except ValueError as e:
        print(cls.__name__, "ValueError:", e)
z = threading.Semaphore(0)
print(z.acquire(False))
d = threading.Semaphore()
print(d.acquire(False), d.acquire(False))
