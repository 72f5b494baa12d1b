# CPU-bound work done sequentially, then split across 2 and 4 threads: under a GIL the
# threaded versions are no faster. Prints the two ratios (threaded time / sequential time).
import threading, time
def work(n):
    x = 0
    for i in range(n):
        x += i & 3
    return x
N = 2_000_000
t0 = time.perf_counter(); work(N); seq = time.perf_counter() - t0
def threaded(k):
    ts = [threading.Thread(target=work, args=(N // k,)) for _ in range(k)]
    t0 = time.perf_counter()
    for t in ts: t.start()
    for t in ts: t.join()
    return time.perf_counter() - t0
print("ratio_2_threads %.2f" % (threaded(2) / seq))
print("ratio_4_threads %.2f" % (threaded(4) / seq))
