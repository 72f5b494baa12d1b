# sys.exit() in a thread ends that thread only; finally blocks run; the hook is not called
import sys, threading
log = []
hooked = []
threading.excepthook = lambda a: hooked.append(a.exc_type.__name__)
def quitter(code):
    try:
        log.append(f"start {code}")
        sys.exit(code)
        log.append("unreachable")
    finally:
        log.append(f"finally {code}")
ts = [threading.Thread(target=quitter, args=(c,)) for c in (0, 3, "msg")]
for t in ts:
    t.start()
    t.join()
print(log)
print("hook calls", hooked)
print("main continues", threading.active_count())
