# queue and Future classes can be subscripted in annotations (PEP 585 generic aliases)
import queue
from concurrent.futures import Future
jobs: "queue.Queue[int]" = queue.Queue()
print(queue.Queue[int])
print(queue.LifoQueue[str], queue.PriorityQueue[tuple])
print(Future[int].__origin__ is Future)
q: queue.Queue[int] = queue.Queue()
q.put(1)
print(q.get())
