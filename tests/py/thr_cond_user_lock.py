# Condition(lock) uses the caller's Lock: holding the condition holds that lock
import threading
lock = threading.Lock()
cond = threading.Condition(lock)
with cond:
    print("inside", lock.locked())
print("outside", lock.locked())
print(cond.acquire(), lock.locked())
cond.release()
print(lock.locked())
data = []
def producer():
    with lock:
        data.append("x")
        cond.notify()
with cond:
    t = threading.Thread(target=producer)
    t.start()
    print(cond.wait_for(lambda: data, timeout=2))
t.join()
rl = threading.RLock()
c2 = threading.Condition(rl)
with c2:
    with c2:
        print("rlock nested", c2.wait(0.01))
