# SimpleQueue: unbounded FIFO with put/get/qsize/empty, usable across threads
import queue, threading
sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
def producer():
    for i in range(10):
        sq.put(i)
    sq.put(None)
t = threading.Thread(target=producer)
t.start()
out = []
while (item := sq.get()) is not None:
    out.append(item)
t.join()
print(out)
try:
    sq.get_nowait()
except queue.Empty:
    print("empty")
try:
    sq.get(timeout=0.02)
except queue.Empty:
    print("empty after timeout")
sq.put_nowait("x")
print(sq.qsize(), sq.get(block=False), sq.empty())
