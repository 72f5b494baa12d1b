# a custom threading.excepthook sees exc_type, exc_value, exc_traceback and thread
import threading
seen = []
lock = threading.Lock()
def hook(args):
    with lock:
        seen.append((args.thread.name, args.exc_type.__name__, str(args.exc_value),
                     args.exc_traceback is not None, isinstance(args.exc_value, args.exc_type)))
threading.excepthook = hook
def fail(kind, msg):
    raise kind(msg)
specs = [(ValueError, "bad value"), (KeyError, "k"), (RuntimeError, "oops")]
ts = [threading.Thread(target=fail, args=s, name=f"T{i}") for i, s in enumerate(specs)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for row in sorted(seen):
    print(row)
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
