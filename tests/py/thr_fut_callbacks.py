# add_done_callback runs after completion, and at once for an already-done future
import threading
from concurrent.futures import ThreadPoolExecutor
calls = []
lock = threading.Lock()
gate = threading.Event()
def cb(tag):
    def inner(fut):
        with lock:
            calls.append((tag, fut.result(), fut.done()))
    return inner
with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(lambda: gate.wait(2) and 7)
    f.add_done_callback(cb("first"))
    f.add_done_callback(cb("second"))
    print("before", calls)
    gate.set()
    f.result()
print(calls)
calls.clear()
f.add_done_callback(cb("late"))
print("late runs immediately", calls, threading.current_thread().name)
