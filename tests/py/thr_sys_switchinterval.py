# sys.setswitchinterval / getswitchinterval round trip; non-positive values are rejected
import sys, threading
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(1e-6)
total = [0]
lock = threading.Lock()
def add():
    for _ in range(2000):
        with lock:
            total[0] += 1
ts = [threading.Thread(target=add) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(total[0])
for bad in (0, -1.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
