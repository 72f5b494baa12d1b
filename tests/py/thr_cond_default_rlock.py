# a default Condition uses an RLock: nested with-blocks work, and wait releases all levels
import threading
cond = threading.Condition()
flag = []
def setter():
    with cond:
        flag.append("set")
        cond.notify()
with cond:
    with cond:
        t = threading.Thread(target=setter)
        t.start()
        r = cond.wait_for(lambda: flag, timeout=2)
        print("nested wait", r)
t.join()
probe = []
def try_acquire():
    got = cond.acquire(False)
    probe.append(got)
    if got:
        cond.release()
t = threading.Thread(target=try_acquire)
t.start(); t.join()
print("free after", probe)
print("lock type", type(cond._lock).__name__ in ("RLock", "_RLock"))
