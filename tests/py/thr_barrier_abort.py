# abort() breaks the barrier: waiting threads and later callers get BrokenBarrierError
import threading, time
b = threading.Barrier(3)
errors = []
def worker():
    try:
        b.wait()
    except threading.BrokenBarrierError:
        errors.append("broken")
ts = [threading.Thread(target=worker) for _ in range(2)]
for t in ts: t.start()
while b.n_waiting < 2:
    time.sleep(0.005)
b.abort()
for t in ts: t.join()
print(errors, b.broken)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("later wait:", type(e).__name__, repr(str(e)))
print(issubclass(threading.BrokenBarrierError, RuntimeError))
