# Two CPU-bound threads note each time the other one had the GIL; the median time between
# switches tracks the switch interval (sys.setswitchinterval), as in CPython. Milliseconds.
import sys, threading, time
def measure(interval):
    sys.setswitchinterval(interval)
    log = []
    stop = time.perf_counter() + 0.5
    def spin(tid):
        while True:
            now = time.perf_counter()
            if now > stop:
                break
            if not log or log[-1][0] != tid:
                log.append((tid, now))
    ts = [threading.Thread(target=spin, args=(i,)) for i in range(2)]
    for t in ts: t.start()
    for t in ts: t.join()
    runs = sorted(log[i + 1][1] - log[i][1] for i in range(1, len(log) - 2))
    return runs[len(runs) // 2] * 1000 if runs else float('nan')
print("median_slice_ms_at_5ms %.2f" % measure(0.005))
print("median_slice_ms_at_0.5ms %.2f" % measure(0.0005))
sys.setswitchinterval(0.005)
