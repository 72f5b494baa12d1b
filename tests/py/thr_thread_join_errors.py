# join() before start() and a thread joining itself raise RuntimeError
import threading
t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print("before start:", e)
try:
    t.join(0.01)
except RuntimeError as e:
    print("timed before start:", e)
errors = []
def self_join():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        errors.append(str(e))
s = threading.Thread(target=self_join)
s.start()
s.join()
print("inside thread:", errors)
t.start()
t.join()
t.join()
print("join twice ok")
