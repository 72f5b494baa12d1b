# an exception in one thread does not disturb the others or the main thread
import threading
results = []
lock = threading.Lock()
def work(i):
    if i == 4:
        raise ZeroDivisionError(i)
    with lock:
        results.append(i)
ts = [threading.Thread(target=work, args=(i,)) for i in range(9)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results))
print([t.is_alive() for t in ts].count(True))
print("main exits normally")
