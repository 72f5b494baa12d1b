# as_completed and wait treat a future listed twice as one future
from concurrent.futures import ThreadPoolExecutor, as_completed, wait
with ThreadPoolExecutor(max_workers=2) as ex:
    a = ex.submit(pow, 2, 5)
    b = ex.submit(pow, 3, 3)
    print(sorted(f.result() for f in as_completed([a, b, a, a])))
    done, not_done = wait([a, a, b])
    print(len(done), len(not_done))
    print(sorted(f.result() for f in as_completed([])))
