# a CPU-bound thread spinning on a flag does not starve the main thread (the GIL switches)
import threading, time
stop = False
spins = 0
def spin():
    global spins
    while not stop:
        spins += 1
t = threading.Thread(target=spin)
t.start()
time.sleep(0.05)
stop = True
t.join()
print("stopped", spins > 0)
def busy(n, out, i):
    s = 0
    for k in range(n):
        s += k
    out[i] = s
out = [None] * 4
ts = [threading.Thread(target=busy, args=(200000, out, i)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out)
