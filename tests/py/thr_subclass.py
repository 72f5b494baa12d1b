# Thread subclass with run()
import threading
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None
    def run(self):
        self.result = sum(i * i for i in range(self.n))
ws = [Worker(n) for n in (10, 100, 1000)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print([w.result for w in ws])
class Named(threading.Thread):
    def run(self):
        self.seen = threading.current_thread().name
n = Named(name="custom")
n.start()
n.join()
print(n.seen, n.name)
class WithTarget(threading.Thread):
    pass
out = []
t = WithTarget(target=out.append, args=("via target",))
t.start(); t.join()
print(out)
