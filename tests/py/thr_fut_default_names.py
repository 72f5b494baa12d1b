# without a prefix, workers are named ThreadPoolExecutor-N_M, N counting executors
import threading
from concurrent.futures import ThreadPoolExecutor
def name():
    return threading.current_thread().name
for _ in range(3):
    with ThreadPoolExecutor(max_workers=1) as ex:
        print(ex.submit(name).result())
with ThreadPoolExecutor(max_workers=1, thread_name_prefix="p") as ex:
    print(ex.submit(name).result())
with ThreadPoolExecutor(max_workers=1) as ex:
    print(ex.submit(name).result())
print(threading.Thread(target=name).name)
