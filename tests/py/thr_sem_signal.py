# Semaphore(0) as a counting signal: each item a worker finishes is one release
import threading
done = threading.Semaphore(0)
results = []
def work(i):
    results.append(i * i)
    done.release()
ts = [threading.Thread(target=work, args=(i,)) for i in range(8)]
for t in ts: t.start()
for _ in range(8):
    done.acquire()
print(sorted(results))
print(done.acquire(False))
for t in ts: t.join()
