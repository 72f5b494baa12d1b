# wait/notify without holding the condition's lock raise RuntimeError
import threading
cond = threading.Condition()
for name, call in (("wait", lambda: cond.wait(0.01)), ("notify", cond.notify),
                   ("notify_all", cond.notify_all), ("wait_for", lambda: cond.wait_for(lambda: False, 0.01))):
    try:
        call()
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
errs = []
def other():
    try:
        cond.notify()
    except RuntimeError as e:
        errs.append(str(e))
with cond:
    t = threading.Thread(target=other)
    t.start()
    t.join()
print(errs)
