# The lost update: counter = add1(counter) loses updates at the call's check point.
import sys, threading
sys.setswitchinterval(1e-6)
counter = 0
def add1(x):
    return x + 1
def work():
    global counter
    for _ in range(1000):
        counter = add1(counter)
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
