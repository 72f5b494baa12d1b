# an action that raises breaks the barrier; its caller sees the error, the others BrokenBarrierError
import threading
def action():
    raise ValueError("action failed")
b = threading.Barrier(3, action=action)
res = []
lock = threading.Lock()
def worker():
    try:
        b.wait()
        r = "passed"
    except threading.BrokenBarrierError:
        r = "BrokenBarrierError"
    except ValueError as e:
        r = "ValueError " + str(e)
    with lock:
        res.append(r)
ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(res), b.broken)
