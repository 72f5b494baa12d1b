# Step mode: a scripted schedule loses an update: thread 1 stops inside add1, thread 2 runs.
import threading
counter = 0
def add1(x):
    return x + 1
def work():
    global counter
    counter = add1(counter)
t1 = threading.Thread(target=work)
t2 = threading.Thread(target=work)
t1.start(); t2.start()
t1.join(); t2.join()
print("counter =", counter)
