# one waiter, one notify: wait() returns True once notified, with the lock held again
import threading
cond = threading.Condition()
started = threading.Event()
res = []
def waiter():
    with cond:
        started.set()
        r = cond.wait()
        res.append(("woke", r))
        probe = []
        t = threading.Thread(target=lambda: probe.append(cond.acquire(False)))
        t.start(); t.join()
        res.append(("other thread could acquire", probe[0]))
t = threading.Thread(target=waiter)
t.start()
started.wait()
with cond:
    cond.notify()
    res.append("notified")
t.join()
print(res)
