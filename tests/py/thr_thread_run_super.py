# a Thread subclass whose run() wraps super().run(), which calls the target
import threading
log = []
class Logged(threading.Thread):
    def __init__(self, label, **kw):
        super().__init__(**kw)
        self.label = label
    def run(self):
        log.append(("enter", self.label))
        try:
            super().run()
        finally:
            log.append(("exit", self.label))
def task(x):
    log.append(("task", x))
t = Logged("a", target=task, args=(42,))
t.start()
t.join()
print(log)
u = Logged("b")
u.start()
u.join()
print(log[3:])
print(isinstance(t, threading.Thread), type(t).__name__)
