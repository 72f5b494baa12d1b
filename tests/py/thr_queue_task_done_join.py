# q.join() returns once every put item has been marked with task_done()
import queue, threading
q = queue.Queue()
processed = []
def worker():
    while True:
        item = q.get()
        processed.append(item * 10)
        q.task_done()
for _ in range(3):
    threading.Thread(target=worker, daemon=True).start()
for i in range(20):
    q.put(i)
q.join()
print(len(processed), sum(processed), q.unfinished_tasks)
for i in range(5):
    q.put(i)
q.join()
print(len(processed))
