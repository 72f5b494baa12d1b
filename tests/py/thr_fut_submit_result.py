# submit() returns Futures; result() gives the return value, with args and kwargs passed on
from concurrent.futures import ThreadPoolExecutor, Future
def power(base, exp=2):
    return base ** exp
with ThreadPoolExecutor(max_workers=2) as ex:
    f1 = ex.submit(power, 3)
    f2 = ex.submit(power, 2, exp=10)
    f3 = ex.submit(power, base=5, exp=3)
    f4 = ex.submit(sorted, [3, 1, 2], reverse=True)
    print(f1.result(), f2.result(), f3.result(), f4.result())
    print(isinstance(f1, Future), f1.done(), f1.cancelled(), f1.exception())
