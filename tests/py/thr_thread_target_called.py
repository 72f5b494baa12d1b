# a common mistake: target=f() runs f in the main thread and gives the Thread target None
import threading
where = []
def job():
    where.append(threading.current_thread().name)
t = threading.Thread(target=job(), name="worker")
t.start()
t.join()
print(where)
t = threading.Thread(target=job, name="worker")
t.start()
t.join()
print(where)
