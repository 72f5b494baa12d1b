# a Future completed by hand from another thread wakes result() and callbacks
import threading
from concurrent.futures import Future, InvalidStateError
f = Future()
print(f.done(), f.running(), f.cancelled())
got = []
f.add_done_callback(lambda fut: got.append(fut.result()))
threading.Timer(0.02, f.set_result, args=("hello",)).start()
print(f.result(timeout=2), got)
try:
    f.set_result("again")
except InvalidStateError:
    print("InvalidStateError on second set_result")
g = Future()
threading.Thread(target=g.set_exception, args=(OSError("disk"),)).start()
print(repr(g.exception(timeout=2)))
h = Future()
print(h.set_running_or_notify_cancel(), h.running(), h.cancel())
