# calling run() directly runs the target in the calling thread
import threading
where = []
def task(x):
    where.append((x, threading.current_thread().name))
t = threading.Thread(target=task, args=(1,), name="worker")
t.run()
print(where, t.is_alive(), t.ident)
u = threading.Thread(target=task, args=(2,), name="worker2")
u.start()
u.join()
print(where)
