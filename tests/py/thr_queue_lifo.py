# LifoQueue returns the most recent item first
import queue, threading
q = queue.LifoQueue()
def producer():
    for i in range(5):
        q.put(i)
t = threading.Thread(target=producer)
t.start(); t.join()
print([q.get() for _ in range(5)])
q.put("a"); q.put("b")
print(q.get(), q.qsize(), q.get(), q.empty())
b = queue.LifoQueue(maxsize=2)
b.put(1); b.put(2)
try:
    b.put_nowait(3)
except queue.Full:
    print("lifo full", b.full())
