# time.sleep releases the GIL: two threads sleeping 0.2 s together take well under 0.4 s
import threading, time
t0 = time.monotonic()
ts = [threading.Thread(target=time.sleep, args=(0.2,)) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
elapsed = time.monotonic() - t0
print("overlapped", elapsed < 0.35, "at least one sleep", elapsed >= 0.19)
