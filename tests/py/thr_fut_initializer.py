# initializer(*initargs) runs once in each worker thread before its first task
import threading
from concurrent.futures import ThreadPoolExecutor
state = threading.local()
inits = []
lock = threading.Lock()
def init(tag):
    state.tag = tag
    with lock:
        inits.append(tag)
def task(x):
    return (getattr(state, "tag", None), x)
with ThreadPoolExecutor(max_workers=1, initializer=init, initargs=("ready",)) as ex:
    print(list(ex.map(task, range(3))))
print(inits)
try:
    ThreadPoolExecutor(initializer=42)
except TypeError as e:
    print("TypeError:", e)
