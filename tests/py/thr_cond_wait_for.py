# wait_for returns the predicate's value once another thread makes it true
import threading
cond = threading.Condition()
items = []
out = []
def consumer():
    with cond:
        r = cond.wait_for(lambda: len(items) >= 3 and items[:])
        out.append(r)
t = threading.Thread(target=consumer)
t.start()
for i in range(5):
    with cond:
        items.append(i * i)
        cond.notify()
t.join()
print(out[0][:3], len(out))
with cond:
    print(cond.wait_for(lambda: "already", timeout=0))
    print(cond.wait_for(lambda: 0, timeout=0))
