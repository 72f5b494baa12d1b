# list.append / dict item assignment from many threads without a lock lose nothing
import threading
shared = []
table = {}
def worker(k):
    for i in range(5000):
        shared.append(i)
        table[(k, i)] = i
ts = [threading.Thread(target=worker, args=(k,)) for k in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(shared), sum(shared), len(table), sum(table.values()))
