# Event as a start gate
import threading
ready = threading.Event()
go = threading.Event()
lock = threading.Lock()
arrived = []
def runner(i):
    with lock:
        arrived.append(i)
        if len(arrived) == 5:
            ready.set()
    go.wait()
    with lock:
        finished.append(i)
finished = []
ts = [threading.Thread(target=runner, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
print("ready wait", ready.wait(5))
print("finished before go", len(finished))
go.set()
for t in ts:
    t.join()
print("arrived", sorted(arrived), "finished", sorted(finished))
e = threading.Event()
print(e.is_set(), e.wait(0.01))
e.set()
print(e.is_set(), e.wait())
e.clear()
print(e.is_set())
