# an uncaught exception in the main thread: exit code 1, yet the non-daemon thread finishes
import threading, time
def worker():
    time.sleep(0.1)
    print("worker finished")
threading.Thread(target=worker).start()
print("main raises")
raise ValueError("main failed")
