# submit() after shutdown raises RuntimeError; shutdown twice is harmless
from concurrent.futures import ThreadPoolExecutor
ex = ThreadPoolExecutor(max_workers=2)
print(ex.submit(len, "abc").result())
ex.shutdown()
try:
    ex.submit(len, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
ex.shutdown()
with ThreadPoolExecutor() as ex2:
    pass
try:
    ex2.map(abs, [1])
except RuntimeError as e:
    print("map after with:", e)
