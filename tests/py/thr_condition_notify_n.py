# Condition.notify(n) wakes at most n waiters; notify_all wakes the rest
import threading, time
cond = threading.Condition()
woken = []
ready = 0
def waiter(i):
    global ready
    with cond:
        ready += 1
        cond.notify_all()
        cond.wait()
        woken.append(i)
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
with cond:
    while ready < 5:
        cond.wait()
with cond:
    cond.notify(2)
time.sleep(0.1)
with cond:
    print("after notify(2):", len(woken))
    cond.notify_all()
for t in ts:
    t.join()
print("after notify_all:", len(woken), sorted(woken))
