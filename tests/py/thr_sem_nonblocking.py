# acquire(blocking=False) takes a permit if there is one and never waits
import threading
sem = threading.Semaphore(2)
print([sem.acquire(blocking=False) for _ in range(3)])
res = []
t = threading.Thread(target=lambda: res.append(sem.acquire(False)))
t.start(); t.join()
sem.release()
t = threading.Thread(target=lambda: res.append(sem.acquire(False)))
t.start(); t.join()
print(res)
try:
    sem.acquire(False, timeout=1)
except ValueError as e:
    print("ValueError:", e)
