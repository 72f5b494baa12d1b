# shutdown(wait=True) returns only after every submitted task has run
import time
from concurrent.futures import ThreadPoolExecutor
done = []
def task(i):
    time.sleep(0.01)
    done.append(i)
ex = ThreadPoolExecutor(max_workers=2)
fs = [ex.submit(task, i) for i in range(6)]
ex.shutdown(wait=True)
print(sorted(done), all(f.done() for f in fs))
ex2 = ThreadPoolExecutor(max_workers=2)
f = ex2.submit(time.sleep, 0.05)
ex2.shutdown(wait=False)
print("not waited", f.result(), f.done())
