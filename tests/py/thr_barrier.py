# Barrier synchronises phases
import threading
N = 4
barrier = threading.Barrier(N)
lock = threading.Lock()
log = []
indices = []
def phase_worker(i):
    for phase in range(3):
        with lock:
            log.append((phase, i))
        idx = barrier.wait()
        with lock:
            indices.append(idx)
ts = [threading.Thread(target=phase_worker, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
phases = [p for p, _ in log]
print("phases ordered:", phases == sorted(phases))
print("count", len(log), "indices", sorted(indices))
print(barrier.parties, barrier.n_waiting, barrier.broken)
b2 = threading.Barrier(2, timeout=0.05)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("broken barrier", b2.broken)
actions = []
b3 = threading.Barrier(2, action=lambda: actions.append("action"))
t = threading.Thread(target=b3.wait)
t.start()
b3.wait()
t.join()
print(actions)
