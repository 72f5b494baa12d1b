# join(timeout) on a blocked thread returns None and the thread stays alive
import threading, time
ev = threading.Event()
t = threading.Thread(target=ev.wait)
t.start()
t0 = time.monotonic()
r = t.join(timeout=0.1)
waited = time.monotonic() - t0
print("result", r, "alive", t.is_alive(), "waited", waited >= 0.09)
print("zero timeout", t.join(0), t.is_alive())
print("negative timeout", t.join(-1), t.is_alive())
ev.set()
print("final", t.join(5), t.is_alive())
