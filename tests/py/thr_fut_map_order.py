# map() yields results in input order even when later inputs finish first
import time
from concurrent.futures import ThreadPoolExecutor
finish = []
def slow(x):
    time.sleep(0.02 * (4 - x))
    finish.append(x)
    return x * 10
with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(slow, range(4))))
print("finish order differs", finish != sorted(finish))
with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(pow, [2, 3, 4], [5, 2, 1])))
    print(list(ex.map(lambda s: s.upper(), "abc")))
    print(list(ex.map(abs, [])))
