# Virtual time: sleeps and timeouts finish at once and the clocks say how long they took.
import time, threading
t0 = time.time(); m0 = time.monotonic()
def w(n):
    time.sleep(n)
    print("woke", n, round(time.monotonic() - m0, 3))
ts = [threading.Thread(target=w, args=(n,)) for n in (3, 1, 2)]
for t in ts: t.start()
time.sleep(10)
for t in ts: t.join()
print(round(time.time() - t0, 3), time.time())
ev = threading.Event()
print(ev.wait(0.5), round(time.monotonic() - m0, 3))
