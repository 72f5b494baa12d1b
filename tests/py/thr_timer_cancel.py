# cancel() before the interval stops the call; after it fired, cancel() is harmless
import threading
out = []
t = threading.Timer(0.1, out.append, args=("late",))
t.start()
t.cancel()
t.join()
print(out, t.is_alive(), t.finished.is_set())
u = threading.Timer(0.01, out.append, args=("fired",))
u.start()
u.join()
u.cancel()
print(out)
v = threading.Timer(0.05, out.append, args=("never",))
v.cancel()
v.start()
v.join()
print(out)
