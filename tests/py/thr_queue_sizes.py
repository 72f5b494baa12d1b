# qsize/empty/full track puts and gets; maxsize <= 0 means unbounded
import queue
q = queue.Queue(3)
states = []
for i in range(3):
    q.put(i)
    states.append((q.qsize(), q.empty(), q.full()))
while not q.empty():
    q.get()
    states.append((q.qsize(), q.empty(), q.full()))
print(states)
for m in (0, -5):
    u = queue.Queue(maxsize=m)
    for i in range(100):
        u.put_nowait(i)
    print(m, u.maxsize, u.qsize(), u.full())
