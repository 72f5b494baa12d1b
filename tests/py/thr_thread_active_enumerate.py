# active_count() and enumerate() see running threads and forget finished ones
import threading
gate = threading.Event()
ready = threading.Semaphore(0)
def task():
    ready.release()
    gate.wait()
ts = [threading.Thread(target=task, name=f"w{i}") for i in range(4)]
print("initial", threading.active_count(), [t.name for t in threading.enumerate()])
for t in ts:
    t.start()
for _ in ts:
    ready.acquire()
print("running", threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
print(all(t in threading.enumerate() for t in ts))
gate.set()
for t in ts:
    t.join()
print("after", threading.active_count(), [t.name for t in threading.enumerate()])
