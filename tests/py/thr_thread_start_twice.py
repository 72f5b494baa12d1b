# a thread can be started only once, even after it has finished
import threading
gate = threading.Event()
t = threading.Thread(target=gate.wait)
t.start()
for label in ("while running", "after finish"):
    try:
        t.start()
    except RuntimeError as e:
        print(label, "RuntimeError:", e)
    if label == "while running":
        gate.set()
        t.join()
print(t.is_alive())
