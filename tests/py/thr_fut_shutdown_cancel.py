# shutdown(cancel_futures=True) cancels queued work; the running task completes
import threading
from concurrent.futures import ThreadPoolExecutor
gate = threading.Event()
started = threading.Event()
ran = []
def first():
    started.set()
    gate.wait(2)
    ran.append("first")
ex = ThreadPoolExecutor(max_workers=1)
f0 = ex.submit(first)
rest = [ex.submit(ran.append, i) for i in range(4)]
started.wait()
threading.Timer(0.05, gate.set).start()
ex.shutdown(wait=True, cancel_futures=True)
print(ran, f0.done(), f0.cancelled())
print([f.cancelled() for f in rest])
