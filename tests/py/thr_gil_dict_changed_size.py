# a dict grown by another thread during iteration raises RuntimeError in the iterating thread
import threading
d = {i: i for i in range(5)}
seen = []
try:
    for k in d:
        seen.append(k)
        if k == 1:
            t = threading.Thread(target=d.__setitem__, args=("new", 0))
            t.start()
            t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
print(seen, len(d))
s = set(range(5))
try:
    for x in s:
        t = threading.Thread(target=s.add, args=(99,))
        t.start(); t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
