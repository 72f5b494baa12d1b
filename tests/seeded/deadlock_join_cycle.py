# A deadlock the seeded scheduler must report with its wait-for cycle (exit code 3).
import threading, time
def a():
    time.sleep(0.1)
    t2.join()
def b():
    time.sleep(0.1)
    t1.join()
t1 = threading.Thread(target=a, name="A")
t2 = threading.Thread(target=b, name="B")
t1.start(); t2.start()
t1.join()
