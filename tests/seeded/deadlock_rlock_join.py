# A deadlock the seeded scheduler must report with its wait-for cycle (exit code 3).
import threading
r = threading.RLock()
cond = threading.Condition()
def w():
    with cond:
        with r:
            pass
with r:
    t = threading.Thread(target=w)
    t.start()
    t.join()
