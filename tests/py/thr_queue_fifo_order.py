# Queue is FIFO, also when one thread puts and another gets
import queue, threading
q = queue.Queue()
for x in "abc":
    q.put(x)
print([q.get() for _ in range(3)])
out = []
def consumer():
    for _ in range(50):
        out.append(q.get())
t = threading.Thread(target=consumer)
t.start()
for i in range(50):
    q.put(i)
t.join()
print(out == list(range(50)), q.empty())
