# Throughput of the synchronization tower: Event and Condition ping-pong round trips per
# second, Queue items per second, and 1000 thread start+join.
import threading, queue, time
def event_pingpong(n=2000):
    a, b = threading.Event(), threading.Event()
    def other():
        for _ in range(n):
            a.wait(); a.clear(); b.set()
    t = threading.Thread(target=other); t.start()
    t0 = time.perf_counter()
    for _ in range(n):
        a.set(); b.wait(); b.clear()
    t.join()
    return n / (time.perf_counter() - t0)
def condition_pingpong(n=2000):
    c = threading.Condition(); state = [0]
    def other():
        for i in range(n):
            with c:
                while state[0] != 1: c.wait()
                state[0] = 0; c.notify()
    t = threading.Thread(target=other); t.start()
    t0 = time.perf_counter()
    for i in range(n):
        with c:
            state[0] = 1; c.notify()
            while state[0] != 0: c.wait()
    t.join()
    return n / (time.perf_counter() - t0)
def queue_items(n=50_000):
    q = queue.Queue()
    def consumer():
        for _ in range(n): q.get()
    t = threading.Thread(target=consumer); t.start()
    t0 = time.perf_counter()
    for i in range(n): q.put(i)
    t.join()
    return n / (time.perf_counter() - t0)
def thread_start_join(n=1000):
    t0 = time.perf_counter()
    for _ in range(n):
        t = threading.Thread(target=lambda: None); t.start(); t.join()
    return n / (time.perf_counter() - t0)
print("event_roundtrips_per_s %.0f" % event_pingpong())
print("condition_roundtrips_per_s %.0f" % condition_pingpong())
print("queue_items_per_s %.0f" % queue_items())
print("thread_start_join_per_s %.0f" % thread_start_join())
