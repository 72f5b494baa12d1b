# RLock counts its acquisitions: the owner must release as many times
import threading
rl = threading.RLock()
print([rl.acquire() for _ in range(3)])
res = []
def probe():
    res.append(rl.acquire(blocking=False))
for _ in range(3):
    t = threading.Thread(target=probe)
    t.start()
    t.join()
    rl.release()
print(res[:3])
t = threading.Thread(target=probe)
t.start()
t.join()
print(res[3])
try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError:", e)
