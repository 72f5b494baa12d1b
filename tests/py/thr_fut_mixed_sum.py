# many small tasks on a pool: the sum of results equals the sequential sum
from concurrent.futures import ThreadPoolExecutor, as_completed
def work(n):
    return sum(i * i for i in range(n))
with ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(work, n) for n in range(100)]
    total = sum(f.result() for f in as_completed(fs))
print(total == sum(work(n) for n in range(100)), total)
