# a Timer runs its function once, no earlier than the interval
import threading, time
hits = []
t0 = time.monotonic()
t = threading.Timer(0.1, lambda: hits.append(time.monotonic() - t0))
t.start()
print("alive", t.is_alive(), hits)
t.join()
print(len(hits), hits[0] >= 0.09, t.is_alive())
