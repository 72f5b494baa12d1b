# PriorityQueue orders (priority, data) tuples; equal priorities fall back to the data
import queue, threading
q = queue.PriorityQueue()
items = [(3, "c"), (1, "b"), (2, "z"), (1, "a"), (5, "e"), (2, "y")]
def producer(part):
    for it in part:
        q.put(it)
ts = [threading.Thread(target=producer, args=(items[i::2],)) for i in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print([q.get() for _ in range(len(items))])
q.put(10); q.put(-1); q.put(4)
print(q.get(), q.get(), q.get())
