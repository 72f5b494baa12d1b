# a common mistake: args=5 instead of args=(5,) fails inside the thread with a TypeError
import threading
errors = []
threading.excepthook = lambda a: errors.append((a.exc_type.__name__, str(a.exc_value)))
def square(x):
    return x * x
t = threading.Thread(target=square, args=5)
t.start()
t.join()
t = threading.Thread(target=square, args=(1, 2))
t.start()
t.join()
for e in errors:
    print(e)
