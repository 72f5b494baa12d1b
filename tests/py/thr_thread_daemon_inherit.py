# daemon defaults to the creating thread's flag; an explicit value overrides it
import threading
res = {}
def parent():
    a = threading.Thread(target=lambda: None)
    b = threading.Thread(target=lambda: None, daemon=False)
    res["inherited"] = a.daemon
    res["explicit"] = b.daemon
p = threading.Thread(target=parent, daemon=True)
p.start()
p.join()
print(sorted(res.items()))
q = threading.Thread(target=lambda: None)
q.daemon = True
q.daemon = False
print(q.daemon, q.isDaemon() if hasattr(q, "isDaemon") else None)
q.start()
try:
    q.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
q.join()
print(q.daemon)
