# thread_name_prefix names the worker threads PREFIX_0, PREFIX_1, ...
import threading, time
from concurrent.futures import ThreadPoolExecutor
names = set()
lock = threading.Lock()
barrier = threading.Barrier(3)
def task(i):
    if i < 3:
        barrier.wait(2)
    with lock:
        names.add(threading.current_thread().name)
with ThreadPoolExecutor(max_workers=3, thread_name_prefix="fetch") as ex:
    list(ex.map(task, range(9)))
print(sorted(names))
with ThreadPoolExecutor(max_workers=1, thread_name_prefix="solo") as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())
