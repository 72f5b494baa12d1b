# Event is level-triggered: a thread that waits after set() does not block
import threading
ev = threading.Event()
ev.set()
res = []
def late():
    res.append(ev.wait(1))
ts = [threading.Thread(target=late) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(res)
ev.set()
ev.set()
print(ev.is_set())
ev.clear()
ev.clear()
print(ev.is_set())
res.clear()
t = threading.Thread(target=lambda: res.append(ev.wait(0.02)))
t.start(); t.join()
print(res)
