# default names are Thread-N (target); N counts every Thread created, started or not
import threading
def alpha(): pass
def beta(): pass
class Sub(threading.Thread):
    pass
class Callable:
    def __call__(self): pass
names = [
    threading.Thread(target=alpha).name,
    threading.Thread().name,
    threading.Thread(target=beta, name="given").name,
    threading.Thread(target=beta).name,
    Sub().name,
    threading.Thread(target=Callable()).name,
    threading.Thread(target=lambda: None).name,
    threading.Timer(1, alpha).name,
    threading.Thread(target=alpha, name="").name,
]
for n in names:
    print(n)
