# a local subclass's __init__ runs in each thread with the constructor arguments
import threading
class Settings(threading.local):
    created = []
    def __init__(self, level, *, name="cfg"):
        Settings.created.append(threading.current_thread().name)
        self.level = level
        self.name = name
    def bump(self):
        self.level += 1
        return self.level
s = Settings(5, name="shared")
s.bump()
out = []
lock = threading.Lock()
def worker():
    a = s.bump()
    b = s.bump()
    with lock:
        out.append((threading.current_thread().name, a, b, s.name))
ts = [threading.Thread(target=worker, name=f"w{i}") for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out))
print(s.level, sorted(Settings.created))
