# notify() with no waiter is lost: a later wait(timeout) still times out
import threading
cond = threading.Condition()
with cond:
    cond.notify()
    cond.notify_all()
with cond:
    print("wait after early notify", cond.wait(0.03))
flag = []
def setter():
    with cond:
        flag.append(True)
        cond.notify()
threading.Thread(target=setter).start()
with cond:
    print("predicate guards against it", cond.wait_for(lambda: flag, timeout=2))
