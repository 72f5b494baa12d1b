import queue, threading
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED
q = queue.Queue(maxsize=3)
results = []
def producer():
    for i in range(10):
        q.put(i)
    q.put(None)
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * item)
        q.task_done()
t1 = threading.Thread(target=producer); t2 = threading.Thread(target=consumer)
t1.start(); t2.start(); q.join(); t1.join(); t2.join()
print(results)
def sq(x):
    return x * x
with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(sq, range(8))))
    fs = [ex.submit(sq, i) for i in range(5)]
    print(sorted(f.result() for f in as_completed(fs)))
def boom():
    raise ValueError("task failed")
with ThreadPoolExecutor() as ex:
    f = ex.submit(boom)
    try:
        f.result()
    except ValueError as e:
        print("got", repr(e))
pq = queue.PriorityQueue()
for p in [5, 1, 3]: pq.put((p, str(p)))
print([pq.get() for _ in range(3)])
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("empty")
print(threading.current_thread().name, threading.active_count())
