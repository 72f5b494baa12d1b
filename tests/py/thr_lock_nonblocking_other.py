# acquire(blocking=False) from another thread fails while the lock is held
import threading
lock = threading.Lock()
res = []
def try_it():
    got = lock.acquire(blocking=False)
    res.append(got)
    if got:
        lock.release()
lock.acquire()
t = threading.Thread(target=try_it)
t.start()
t.join()
lock.release()
t = threading.Thread(target=try_it)
t.start()
t.join()
print(res, lock.locked())
