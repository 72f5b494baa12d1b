# an exception in a Timer's function goes to threading.excepthook with the Timer as thread
import threading
got = []
threading.excepthook = lambda a: got.append((a.exc_type.__name__, str(a.exc_value), a.thread is t))
def boom(x):
    raise ArithmeticError(f"timer {x}")
t = threading.Timer(0.01, boom, args=(7,))
t.start()
t.join()
print(got, t.is_alive())
