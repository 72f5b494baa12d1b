# workers loop until a stop Event is set; every worker stops and reports
import threading, time
stop = threading.Event()
counts = {}
lock = threading.Lock()
def worker(i):
    n = 0
    while not stop.is_set():
        n += 1
        stop.wait(0.001)
    with lock:
        counts[i] = n
ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts: t.start()
time.sleep(0.05)
stop.set()
for t in ts: t.join(2)
print(sorted(counts), all(n > 0 for n in counts.values()))
print([t.is_alive() for t in ts])
