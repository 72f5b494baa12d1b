# an excepthook that itself raises does not kill the process; the thread still ends
import threading
calls = []
def bad_hook(args):
    calls.append(args.exc_type.__name__)
    raise RuntimeError("hook failed")
threading.excepthook = bad_hook
def task():
    raise ValueError("original")
t = threading.Thread(target=task)
t.start()
t.join()
print(calls, t.is_alive())
threading.excepthook = threading.__excepthook__
ok = []
u = threading.Thread(target=ok.append, args=(1,))
u.start()
u.join()
print(ok, "done")
