# Lock acquire/release/locked, and the return values of acquire
import threading
lock = threading.Lock()
print("fresh", lock.locked())
print("acquire", lock.acquire())
print("locked", lock.locked())
print("again non-blocking", lock.acquire(False), lock.acquire(blocking=False))
lock.release()
print("released", lock.locked())
print("with returns", end=" ")
with lock as x:
    print(x, lock.locked())
print("after with", lock.locked())
print(type(lock).__name__ in ("lock", "LockType"))
