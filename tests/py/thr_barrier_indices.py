# wait() returns a distinct index 0..parties-1 in every round
import threading
N = 5
b = threading.Barrier(N)
rounds = [[] for _ in range(3)]
lock = threading.Lock()
def worker():
    for r in range(3):
        i = b.wait()
        with lock:
            rounds[r].append(i)
ts = [threading.Thread(target=worker) for _ in range(N)]
for t in ts: t.start()
for t in ts: t.join()
for r in rounds:
    print(sorted(r))
