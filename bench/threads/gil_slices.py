# Two CPU-bound threads record which of them runs; the median length of an uninterrupted run
# tracks the switch interval (sys.setswitchinterval). Prints medians in milliseconds.
import sys, threading, time
def measure(interval):
    sys.setswitchinterval(interval)
    log = []
    stop = time.perf_counter() + 0.6
    def spin(tid):
        last = None
        while True:
            now = time.perf_counter()
            if now > stop:
                break
            for _ in range(20):
                pass
            if last != tid or not log or log[-1][0] != tid:
                log.append((tid, now))
            last = tid
    ts = [threading.Thread(target=spin, args=(i,)) for i in range(2)]
    for t in ts: t.start()
    for t in ts: t.join()
    runs = [log[i + 1][1] - log[i][1] for i in range(1, len(log) - 2)]
    runs.sort()
    return runs[len(runs) // 2] * 1000 if runs else float('nan')
print("median_slice_ms_at_5ms %.2f" % measure(0.005))
print("median_slice_ms_at_0.5ms %.2f" % measure(0.0005))
sys.setswitchinterval(0.005)
