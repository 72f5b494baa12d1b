# daemon flag inheritance and defaults
import threading
results = {}
def check():
    child = threading.Thread(target=lambda: None)
    results["child_of_daemon"] = child.daemon
t = threading.Thread(target=check, daemon=True)
print("daemon arg", t.daemon)
t.start(); t.join()
print(results)
u = threading.Thread(target=lambda: None)
print("default", u.daemon, threading.current_thread().daemon)
u.daemon = True
print("set", u.daemon)
u.start(); u.join()
try:
    u.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
