# wait(timeout=) returns with unfinished futures in not_done
import threading
from concurrent.futures import ThreadPoolExecutor, wait
gate = threading.Event()
with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(gate.wait, 2), ex.submit(pow, 2, 8)]
    done, not_done = wait(fs, timeout=0.05)
    print(len(done), len(not_done), [f.result() for f in done])
    gate.set()
    done, not_done = wait(fs)
    print(len(done), len(not_done))
    print(wait([], timeout=0))
