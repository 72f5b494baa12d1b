# threads that start and join their own threads
import threading
lock = threading.Lock()
seen = []
def leaf(path):
    with lock:
        seen.append(path)
def branch(i):
    kids = [threading.Thread(target=leaf, args=(f"{i}.{j}",)) for j in range(3)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()
    with lock:
        seen.append(f"{i} done")
roots = [threading.Thread(target=branch, args=(i,)) for i in range(3)]
for r in roots:
    r.start()
for r in roots:
    r.join()
print(sorted(seen))
for i in range(3):
    assert seen.index(f"{i} done") > max(seen.index(f"{i}.{j}") for j in range(3))
print("children finished before their parent", threading.active_count())
