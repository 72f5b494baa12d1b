# parties, n_waiting and broken while threads gather at a Barrier
import threading, time
b = threading.Barrier(3)
print(b.parties, b.n_waiting, b.broken)
ts = [threading.Thread(target=b.wait) for _ in range(2)]
for t in ts: t.start()
deadline = time.monotonic() + 2
while b.n_waiting < 2 and time.monotonic() < deadline:
    time.sleep(0.005)
print("waiting", b.n_waiting)
print("index", b.wait())
for t in ts: t.join()
print(b.n_waiting, b.broken)
