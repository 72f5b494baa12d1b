# an exception in a thread goes to the excepthook; main continues with exit code 0
import threading
def bad():
    raise ValueError("thread failure")
t = threading.Thread(target=bad)
t.start()
t.join()
print("main continues", t.is_alive())
results = []
def good():
    results.append("ok")
g = threading.Thread(target=good)
g.start(); g.join()
print(results)
