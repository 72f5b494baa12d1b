# a worker serves a PriorityQueue filled before it starts: most urgent jobs first
import queue, threading
q = queue.PriorityQueue()
for prio, job in [(5, "low"), (1, "urgent"), (3, "normal"), (1, "also urgent"), (9, "stop")]:
    q.put((prio, job))
done = []
def worker():
    while True:
        prio, job = q.get()
        if job == "stop":
            q.task_done()
            break
        done.append(job)
        q.task_done()
t = threading.Thread(target=worker)
t.start()
q.join()
t.join()
print(done)
