# a generator running in one thread cannot be resumed from another: "generator already executing"
import threading
inside = threading.Event()
go_on = threading.Event()
def gen():
    inside.set()
    go_on.wait(2)
    yield 1
    yield 2
g = gen()
out = []
t = threading.Thread(target=lambda: out.append(next(g)))
t.start()
inside.wait(2)
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
go_on.set()
t.join()
print(out, next(g))
