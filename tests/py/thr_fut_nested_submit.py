# a task may submit more work to the same pool when a worker is free for it
from concurrent.futures import ThreadPoolExecutor
ex = ThreadPoolExecutor(max_workers=2)
def leaf(x):
    return x + 1
def parent(x):
    inner = ex.submit(leaf, x * 10)
    return ("parent", x, inner.result())
print(ex.submit(parent, 4).result())
print([ex.submit(parent, i).result() for i in range(3)])
ex.shutdown()
