# wait() with FIRST_COMPLETED, FIRST_EXCEPTION and ALL_COMPLETED: print the set sizes
import threading
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED
gate = threading.Event()
def fail():
    raise ValueError("x")
with ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(gate.wait, 2) for _ in range(2)] + [ex.submit(lambda: 1)]
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print("first completed", len(done), len(not_done))
    fe = fs[:2] + [ex.submit(fail)]
    r = wait(fe, return_when=FIRST_EXCEPTION)
    print("first exception", len(r.done), len(r.not_done), type(list(r.done)[0].exception()).__name__)
    gate.set()
    done, not_done = wait(fs + fe, return_when=ALL_COMPLETED)
    print("all completed", len(done), len(not_done))
