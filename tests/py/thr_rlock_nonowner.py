# an RLock held by one thread cannot be released by another
import threading
rl = threading.RLock()
rl.acquire()
errs = []
def intruder():
    try:
        rl.release()
    except RuntimeError as e:
        errs.append(str(e))
t = threading.Thread(target=intruder)
t.start()
t.join()
print(errs)
rl.release()
got = []
t = threading.Thread(target=lambda: got.append(rl.acquire(timeout=1)))
t.start()
t.join()
print(got)
try:
    rl.release()
except RuntimeError as e:
    print("main:", e)
