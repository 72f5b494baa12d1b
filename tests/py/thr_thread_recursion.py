# deep recursion works in a thread; runaway recursion raises RecursionError there, not a crash
import threading, sys
out = {}
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
def forever(n):
    return forever(n + 1)
def worker():
    out["deep"] = depth(800)
    try:
        forever(0)
    except RecursionError as e:
        out["err"] = type(e).__name__
    out["after"] = depth(100)
t = threading.Thread(target=worker)
t.start()
t.join()
print(sorted(out.items()), sys.getrecursionlimit())
