# wait(timeout) without a notify returns False after the timeout, lock re-acquired
import threading, time
cond = threading.Condition()
with cond:
    t0 = time.monotonic()
    r = cond.wait(0.05)
    print(r, time.monotonic() - t0 >= 0.04)
    print("zero", cond.wait(0))
    print("negative", cond.wait(-1))
res = []
def waiter():
    with cond:
        res.append(cond.wait(timeout=0.03))
ts = [threading.Thread(target=waiter) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(res)
