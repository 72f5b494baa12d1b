# max_workers must be positive; a pool never runs more tasks at once than max_workers
import threading, time
from concurrent.futures import ThreadPoolExecutor
for n in (0, -1):
    try:
        ThreadPoolExecutor(max_workers=n)
    except ValueError as e:
        print(n, "ValueError:", e)
lock = threading.Lock()
running = 0
peak = 0
def task():
    global running, peak
    with lock:
        running += 1
        peak = max(peak, running)
    time.sleep(0.02)
    with lock:
        running -= 1
with ThreadPoolExecutor(max_workers=2) as ex:
    for _ in range(8):
        ex.submit(task)
print("peak", peak)
