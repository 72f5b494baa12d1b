# notify_all wakes every waiter; each sees the shared state change
import threading
cond = threading.Condition()
waiting = 0
go = False
woke = []
def waiter(i):
    global waiting
    with cond:
        waiting += 1
        cond.notify_all()
        while not go:
            cond.wait()
        woke.append(i)
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
with cond:
    cond.wait_for(lambda: waiting == 6)
    go = True
    cond.notify_all()
for t in ts:
    t.join()
print(sorted(woke))
