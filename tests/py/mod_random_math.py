import threading
def f(i): pass
for r in range(3):
    ts = [threading.Thread(target=f, args=(i,)) for i in range(8)]
    for t in ts: t.start()
    for t in ts: t.join()
print("ok")
