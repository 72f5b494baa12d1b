# as_completed(timeout=) raises TimeoutError saying how many futures were unfinished
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed
gate = threading.Event()
with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(gate.wait, 2), ex.submit(lambda: "quick"), ex.submit(gate.wait, 2)]
    got = []
    try:
        for f in as_completed(fs, timeout=0.05):
            got.append(f.result())
    except TimeoutError as e:
        print("TimeoutError:", e)
    print(got)
    gate.set()
