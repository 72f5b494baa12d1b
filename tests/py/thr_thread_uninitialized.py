# a Thread subclass that forgets super().__init__() cannot be started
import threading
class Broken(threading.Thread):
    def __init__(self):
        self.x = 1
    def run(self):
        print("never")
b = Broken()
try:
    b.start()
except RuntimeError as e:
    print("RuntimeError:", e)
class Fine(threading.Thread):
    def __init__(self, x):
        threading.Thread.__init__(self, name=f"fine-{x}")
        self.x = x
    def run(self):
        self.y = self.x * 2
f = Fine(21)
f.start()
f.join()
print(f.name, f.y)
