# notify() wakes one waiter at a time; repeated notifies release them all
import threading
cond = threading.Condition()
ready = 0
tokens = 0
woken = []
def waiter(i):
    global ready, tokens
    with cond:
        ready += 1
        cond.notify_all()
        while tokens == 0:
            cond.wait()
        tokens -= 1
        woken.append(i)
        cond.notify_all()
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in ts: t.start()
with cond:
    cond.wait_for(lambda: ready == 4)
counts = []
for k in range(4):
    with cond:
        tokens += 1
        cond.notify()
    with cond:
        cond.wait_for(lambda: len(woken) == k + 1, timeout=2)
        counts.append(len(woken))
for t in ts: t.join()
print(counts, sorted(woken))
