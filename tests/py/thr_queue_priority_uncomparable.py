# PriorityQueue entries with equal priorities compare their data: dicts cannot be ordered
import queue, itertools
q = queue.PriorityQueue()
q.put((1, {"a": 1}))
try:
    q.put((1, {"b": 2}))
except TypeError as e:
    print("TypeError:", e)
print(q.qsize())
tie = itertools.count()
q2 = queue.PriorityQueue()
for prio, data in [(1, {"a": 1}), (1, {"b": 2}), (0, {"c": 3})]:
    q2.put((prio, next(tie), data))
print([q2.get()[2] for _ in range(3)])
