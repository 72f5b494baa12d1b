# default thread names and current_thread()
import threading
names = []
def task():
    names.append(threading.current_thread().name)
def other():
    pass
t1 = threading.Thread(target=task)
t2 = threading.Thread(target=other)
t3 = threading.Thread(target=task, name="explicit")
t4 = threading.Thread()
print(t1.name, t2.name, t3.name, t4.name)
for t in (t1, t3):
    t.start()
    t.join()
print(names)
print(threading.current_thread().name, threading.main_thread().name)
print(threading.current_thread() is threading.main_thread())
t1.name = "renamed"
print(t1.name, t1.ident is not None, t4.ident)
class Sub(threading.Thread):
    pass
s = Sub()
print(s.name)
l = lambda: None
print(threading.Thread(target=l).name)
