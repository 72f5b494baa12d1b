# SystemExit in a thread ends only that thread, silently; other exceptions reach the excepthook
import threading
log = []
def hook(args):
    log.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
def quits():
    raise SystemExit(7)
def fails():
    raise KeyError("missing")
for target, name in ((quits, "q"), (fails, "f")):
    t = threading.Thread(target=target, name=name)
    t.start()
    t.join()
print(log)
print("main still running")
