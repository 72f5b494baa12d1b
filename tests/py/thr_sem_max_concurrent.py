# Semaphore(3) lets at most three workers in at once; with 9 workers it reaches exactly 3
import threading, time
sem = threading.Semaphore(3)
lock = threading.Lock()
inside = 0
peak = 0
def job():
    global inside, peak
    with sem:
        with lock:
            inside += 1
            peak = max(peak, inside)
        deadline = time.monotonic() + 0.2
        while time.monotonic() < deadline:
            with lock:
                if peak >= 3:
                    break
            time.sleep(0.005)
        time.sleep(0.01)
        with lock:
            inside -= 1
ts = [threading.Thread(target=job) for _ in range(9)]
for t in ts: t.start()
for t in ts: t.join()
print("peak", peak, "inside", inside)
