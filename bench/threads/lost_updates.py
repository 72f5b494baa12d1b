# Lost updates of a shared counter across 4 threads: `counter += 1` versus
# `counter = add1(counter)` (a call opens a window at the callee's entry check point).
import sys, threading
def add1(x):
    return x + 1
def run(kind, n=200_000, k=4):
    global counter
    counter = 0
    def inplace():
        global counter
        for _ in range(n):
            counter += 1
    def called():
        global counter
        for _ in range(n):
            counter = add1(counter)
    ts = [threading.Thread(target=inplace if kind == "inplace" else called) for _ in range(k)]
    for t in ts: t.start()
    for t in ts: t.join()
    return n * k - counter
sys.setswitchinterval(1e-6)
print("lost_inplace", run("inplace"))
print("lost_call", run("call"))
sys.setswitchinterval(0.005)
