# is_alive(): False before start, True while running, False after the target returns
import threading
started = threading.Event()
release = threading.Event()
def task():
    started.set()
    release.wait()
t = threading.Thread(target=task)
states = [t.is_alive()]
t.start()
started.wait()
states.append(t.is_alive())
release.set()
t.join()
states.append(t.is_alive())
print(states)
f = threading.Thread(target=lambda: 1 / 0)
threading.excepthook = lambda a: None
f.start()
f.join()
print("after exception", f.is_alive())
