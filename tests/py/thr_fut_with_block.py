# leaving a with block waits for all submitted tasks
import time
from concurrent.futures import ThreadPoolExecutor
done = []
def task(i):
    time.sleep(0.02)
    done.append(i)
    return i
with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(task, i) for i in range(6)]
    print("inside, all done:", all(f.done() for f in fs))
print("after, all done:", all(f.done() for f in fs), sorted(done))
try:
    with ThreadPoolExecutor(max_workers=2) as ex:
        f = ex.submit(task, 99)
        raise KeyError("in block")
except KeyError:
    print("exception in block; task finished:", f.done(), f.result())
