# reset() while threads wait makes them raise BrokenBarrierError; the barrier is usable after
import threading, time
b = threading.Barrier(3)
res = []
def worker():
    try:
        b.wait()
        res.append("ok")
    except threading.BrokenBarrierError:
        res.append("broken")
ts = [threading.Thread(target=worker) for _ in range(2)]
for t in ts: t.start()
while b.n_waiting < 2:
    time.sleep(0.005)
b.reset()
for t in ts: t.join()
print(res, b.broken)
res.clear()
ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(res)
