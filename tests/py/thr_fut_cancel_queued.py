# with one worker blocked, a queued future can be cancelled; the running one cannot
import threading
from concurrent.futures import ThreadPoolExecutor, CancelledError
gate = threading.Event()
started = threading.Event()
def blocker():
    started.set()
    gate.wait(2)
    return "first"
ex = ThreadPoolExecutor(max_workers=1)
f1 = ex.submit(blocker)
f2 = ex.submit(lambda: "second")
started.wait()
print("running", f1.running(), f2.running(), f1.done(), f2.done())
print("cancel running", f1.cancel())
print("cancel queued", f2.cancel(), f2.cancelled(), f2.done(), f2.cancel())
gate.set()
print(f1.result())
try:
    f2.result()
except CancelledError as e:
    print("CancelledError", type(e).__name__)
ex.shutdown()
print(f1.cancel(), f1.cancelled())
