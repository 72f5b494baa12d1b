# the name property can be changed before, during and after the run; it is converted to str
import threading
seen = []
go = threading.Event()
def task():
    seen.append(threading.current_thread().name)
    go.wait()
    seen.append(threading.current_thread().name)
t = threading.Thread(target=task, name="first")
t.name = "second"
t.start()
while len(seen) < 1:
    pass
t.name = "third"
go.set()
t.join()
t.name = 123
print(seen, repr(t.name))
m = threading.main_thread()
old = m.name
m.name = "Boss"
print(threading.current_thread().name)
m.name = old
print(threading.current_thread().name)
