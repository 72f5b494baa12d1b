# wait_for with a timeout returns the (false) predicate value when time runs out
import threading, time
cond = threading.Condition()
calls = [0]
def pred():
    calls[0] += 1
    return [] if calls[0] < 1000 else [1]
with cond:
    t0 = time.monotonic()
    r = cond.wait_for(pred, timeout=0.05)
    elapsed = time.monotonic() - t0
print(repr(r), elapsed >= 0.04, calls[0] >= 1)
flag = []
def late():
    with cond:
        flag.append(1)
        cond.notify_all()
with cond:
    threading.Timer(0.02, late).start()
    print(cond.wait_for(lambda: flag, timeout=2))
