# join, is_alive, join with timeout
import threading
gate = threading.Event()
def blocked():
    gate.wait()
t = threading.Thread(target=blocked)
print("before start", t.is_alive())
t.start()
print("started", t.is_alive())
t.join(timeout=0.05)
print("after timed join", t.is_alive())
gate.set()
t.join()
print("after join", t.is_alive())
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
u = threading.Thread(target=lambda: None)
try:
    u.join()
except RuntimeError as e:
    print("RuntimeError:", e)
print(threading.active_count())
