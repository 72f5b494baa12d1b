# several Timers with different intervals fire in interval order
import threading
order = []
lock = threading.Lock()
def fire(name):
    with lock:
        order.append(name)
timers = [threading.Timer(d, fire, args=(n,)) for n, d in (("c", 0.15), ("a", 0.01), ("b", 0.08))]
for t in timers: t.start()
for t in timers: t.join()
print(order)
