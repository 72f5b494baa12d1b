# PriorityQueue with dataclass(order=True) items whose payload is excluded from comparison
import queue, threading
from dataclasses import dataclass, field
@dataclass(order=True)
class Job:
    priority: int
    payload: dict = field(compare=False)
q = queue.PriorityQueue()
def producer():
    for p, name in [(3, "c"), (1, "a"), (2, "b"), (1, "a2")]:
        q.put(Job(p, {"name": name}))
t = threading.Thread(target=producer)
t.start(); t.join()
print([(j.priority, j.payload["name"]) for j in (q.get() for _ in range(4))][:1])
