# a wait that times out breaks the barrier for everyone; reset() repairs it
import threading
b = threading.Barrier(3, timeout=0.05)
out = []
def worker():
    try:
        b.wait()
        out.append("passed")
    except threading.BrokenBarrierError:
        out.append("broken")
t = threading.Thread(target=worker)
t.start()
t.join()
print(out, b.broken)
b.reset()
print("after reset", b.broken, b.n_waiting)
b2 = threading.Barrier(2)
try:
    b2.wait(timeout=0.02)
except threading.BrokenBarrierError:
    print("explicit timeout broken", b2.broken)
b2.reset()
t = threading.Thread(target=b2.wait)
t.start()
print("index", b2.wait(timeout=2))
t.join()
