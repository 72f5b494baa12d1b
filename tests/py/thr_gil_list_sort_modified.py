# a list changed by another thread while it is being sorted raises "list modified during sort"
import threading
data = [5, 3, 1, 4, 2]
calls = [0]
def key(x):
    calls[0] += 1
    if calls[0] == 1:
        t = threading.Thread(target=data.append, args=(0,))
        t.start()
        t.join()
    return x
try:
    data.sort(key=key)
except ValueError as e:
    print("ValueError:", e)
print(sorted(data), len(data))
