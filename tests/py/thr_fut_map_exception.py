# an exception in a mapped call surfaces when the iterator reaches that element
from concurrent.futures import ThreadPoolExecutor
def inv(x):
    return 10 // x
with ThreadPoolExecutor(max_workers=2) as ex:
    got = []
    try:
        for r in ex.map(inv, [1, 2, 0, 5]):
            got.append(r)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    print(got)
