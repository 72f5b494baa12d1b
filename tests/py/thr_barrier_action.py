# the action runs exactly once per round, before any thread is released
import threading
log = []
lock = threading.Lock()
rounds = 0
def action():
    global rounds
    rounds += 1
    log.append(f"action{rounds}")
b = threading.Barrier(4, action=action)
def worker(i):
    for r in range(3):
        with lock:
            log.append(f"arrive{r}")
        b.wait()
        with lock:
            log.append(f"leave{r}")
ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(rounds)
for r in range(3):
    a = log.index(f"action{r + 1}")
    arrivals = [i for i, x in enumerate(log) if x == f"arrive{r}"]
    leaves = [i for i, x in enumerate(log) if x == f"leave{r}"]
    print(r, len(arrivals), len(leaves), max(arrivals) < a < min(leaves))
