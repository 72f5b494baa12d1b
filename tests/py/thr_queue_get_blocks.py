# get() on an empty queue blocks until another thread puts an item
import queue, threading, time
q = queue.Queue()
got = []
def getter():
    got.append(q.get())
    got.append(q.get(timeout=2))
t = threading.Thread(target=getter)
t.start()
time.sleep(0.03)
print("still waiting", got, t.is_alive())
q.put("first")
q.put("second")
t.join()
print(got)
