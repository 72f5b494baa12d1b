# The classroom print race: 5 threads x 3 prints; run with --stdout unbuffered it tears lines.
import threading
def worker(i):
    for k in range(3):
        print(f"Hello from {i}")
ts = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
