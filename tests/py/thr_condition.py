# Condition-based producer/consumer with a bounded buffer
import threading
buf = []
cap = 3
cond = threading.Condition()
consumed = []
N = 50
def producer():
    for i in range(N):
        with cond:
            while len(buf) >= cap:
                cond.wait()
            buf.append(i)
            cond.notify_all()
def consumer():
    while True:
        with cond:
            while not buf:
                cond.wait()
            item = buf.pop(0)
            cond.notify_all()
        if item is None:
            break
        consumed.append(item)
c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start(); p.start()
p.join()
with cond:
    while len(buf) >= cap:
        cond.wait()
    buf.append(None)
    cond.notify_all()
c.join()
print(len(consumed), consumed == list(range(N)), sum(consumed))
cv = threading.Condition()
with cv:
    print("wait timeout result", cv.wait(0.01))
    print("wait_for", cv.wait_for(lambda: True))
