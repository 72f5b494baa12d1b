# a blocking acquire waits until the holder releases, seen through the order of events
import threading, time
lock = threading.Lock()
order = []
def holder(started):
    with lock:
        started.set()
        time.sleep(0.05)
        order.append("holder releases")
started = threading.Event()
h = threading.Thread(target=holder, args=(started,))
h.start()
started.wait()
with lock:
    order.append("main acquired")
h.join()
print(order)
