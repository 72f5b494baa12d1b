import threading, queue, time
def event_pingpong(n=2000):
    a, b = threading.Event(), threading.Event()
    def other():
        for _ in range(n):
            a.wait(); a.clear(); b.set()
    t = threading.Thread(target=other); t.start()
    for _ in range(n):
        a.set(); b.wait(); b.clear()
    t.join()
def condition_pingpong(n=2000):
    c = threading.Condition(); state = [0]
    def other():
        for i in range(n):
            with c:
                while state[0] != 1: c.wait()
                state[0] = 0; c.notify()
    t = threading.Thread(target=other); t.start()
    for i in range(n):
        with c:
            state[0] = 1; c.notify()
            while state[0] != 0: c.wait()
    t.join()
event_pingpong(); condition_pingpong()
q = queue.Queue()
def consumer():
    for _ in range(50000): q.get()
t = threading.Thread(target=consumer); t.start()
for i in range(50000): q.put(i)
t.join()
print("ok")
