# task_done() more often than items were put raises ValueError
import queue
q = queue.Queue()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
q.put(1)
q.get()
q.task_done()
try:
    q.task_done()
except ValueError as e:
    print("again:", e)
q.join()
print("join returns at once")
