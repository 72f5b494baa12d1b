# put() on a full bounded Queue blocks until a get() frees a slot
import queue, threading, time
q = queue.Queue(maxsize=2)
log = []
def producer():
    for i in range(4):
        q.put(i)
        log.append(f"put{i}")
t = threading.Thread(target=producer)
t.start()
deadline = time.monotonic() + 2
while len(log) < 2 and time.monotonic() < deadline:
    time.sleep(0.005)
time.sleep(0.05)
print("blocked at", log, q.full(), q.qsize())
got = [q.get()]
while len(log) < 3:
    time.sleep(0.005)
got.append(q.get())
t.join()
got += [q.get(), q.get()]
print(log, got, q.empty())
