# get(timeout=) raises Empty and put(timeout=) raises Full after waiting; negative timeouts are errors
import queue, time
q = queue.Queue(maxsize=1)
t0 = time.monotonic()
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("Empty", time.monotonic() - t0 >= 0.04)
q.put(1)
t0 = time.monotonic()
try:
    q.put(2, timeout=0.05)
except queue.Full:
    print("Full", time.monotonic() - t0 >= 0.04)
for call in (lambda: q.get(timeout=-1), lambda: q.put(3, timeout=-1)):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
print(q.get(timeout=0.01), q.qsize())
