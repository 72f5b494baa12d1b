# A deadlock the seeded scheduler must report with its wait-for cycle (exit code 3): the
# semaphore is not "held" (its internal lock and Condition.wait's waiter lock are the library's),
# the Condition is.
import threading
sem = threading.Semaphore(1)
cond = threading.Condition()
def w():
    with cond:
        sem.acquire()
        sem.acquire()
t = threading.Thread(target=w)
t.start()
t.join()
