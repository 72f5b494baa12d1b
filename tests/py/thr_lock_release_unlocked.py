# releasing an unlocked Lock raises RuntimeError("release unlocked lock")
import threading
lock = threading.Lock()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
lock.acquire()
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("again:", e)
print(threading.ThreadError is RuntimeError)
try:
    with lock:
        lock.release()
except RuntimeError as e:
    print("in with:", e)
print(lock.locked())
