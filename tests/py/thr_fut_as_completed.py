# as_completed yields every future once as it finishes; print results sorted
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
def work(x):
    time.sleep(0.01 * (x % 3))
    return x * x
with ThreadPoolExecutor(max_workers=4) as ex:
    fs = {ex.submit(work, i): i for i in range(8)}
    seen = []
    for f in as_completed(fs):
        seen.append((fs[f], f.result()))
print(sorted(seen))
print(len(seen), all(f.done() for f in fs))
