# map(timeout=...) raises TimeoutError from the iterator when a result is late
import threading
from concurrent.futures import ThreadPoolExecutor
gate = threading.Event()
def task(x):
    if x == 2:
        gate.wait(2)
    return x
with ThreadPoolExecutor(max_workers=3) as ex:
    it = ex.map(task, range(3), timeout=0.05)
    got = []
    try:
        for r in it:
            got.append(r)
    except TimeoutError as e:
        print("TimeoutError", type(e).__name__, got)
    gate.set()
print("done")
