# an executor never shut down: its queued tasks still run before the interpreter exits
import time
from concurrent.futures import ThreadPoolExecutor
def task(i):
    time.sleep(0.03)
    print("task", i)
ex = ThreadPoolExecutor(max_workers=1)
for i in range(3):
    ex.submit(task, i)
print("main module ends")
