# a local counter per pool worker: the per-thread counts add up to the number of tasks
import threading
from concurrent.futures import ThreadPoolExecutor
loc = threading.local()
totals = {}
lock = threading.Lock()
def task(i):
    loc.count = getattr(loc, "count", 0) + 1
    with lock:
        totals[threading.current_thread().name] = loc.count
    return i
with ThreadPoolExecutor(max_workers=3) as ex:
    r = list(ex.map(task, range(30)))
print(sum(r), sum(totals.values()), len(totals) <= 3)
print(getattr(loc, "count", "unset in main"))
