# result(timeout=) and exception(timeout=) raise TimeoutError while the task runs
import threading, concurrent.futures
from concurrent.futures import ThreadPoolExecutor
gate = threading.Event()
with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(lambda: gate.wait(2) and "late")
    for name, call in (("result", f.result), ("exception", f.exception)):
        try:
            call(timeout=0.03)
        except TimeoutError as e:
            print(name, "TimeoutError", repr(str(e)))
    print(concurrent.futures.TimeoutError is TimeoutError)
    gate.set()
    print(f.result(timeout=2))
