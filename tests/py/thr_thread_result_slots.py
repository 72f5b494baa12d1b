# twenty threads each fill their own slot of a shared list
import threading
N = 20
slots = [None] * N
def fill(i):
    total = 0
    for k in range(i * 100):
        total += k
    slots[i] = total
ts = [threading.Thread(target=fill, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for t in reversed(ts):
    t.join()
print(slots[:5], slots[-1])
print(all(s == (i * 100) * (i * 100 - 1) // 2 for i, s in enumerate(slots)))
