# a daemon thread still blocked at exit does not keep the process alive
import threading
ev = threading.Event()
def waiter():
    ev.wait()
    print("never printed")
d = threading.Thread(target=waiter, daemon=True)
d.start()
print("main done", d.is_alive())
