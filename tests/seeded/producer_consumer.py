# A producer/consumer pipeline with a bounded Queue, a Condition, an Event and a Timer.
import queue, threading, time, random
q = queue.Queue(maxsize=3)
done = threading.Event()
results = []
cond = threading.Condition()
def producer(n):
    for i in range(n):
        time.sleep(random.random() / 100)
        q.put(i)
        print(f"put {i}")
    q.put(None)
def consumer():
    while (item := q.get()) is not None:
        with cond:
            results.append(item * item)
            cond.notify_all()
        print(f"got {item}")
    done.set()
threading.Timer(0.02, lambda: print("timer fired at", round(time.monotonic() - start, 4))).start()
start = time.monotonic()
threading.Thread(target=producer, args=(6,)).start()
threading.Thread(target=consumer).start()
with cond:
    cond.wait_for(lambda: len(results) >= 3)
    print("three results:", results[:3])
done.wait()
print("sum", sum(results), "elapsed", round(time.monotonic() - start, 4), threading.get_ident() == threading.main_thread().ident)
