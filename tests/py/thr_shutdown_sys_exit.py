# sys.exit(3) in the main thread waits for the non-daemon thread, then exits with 3
import sys, threading, time
def worker():
    time.sleep(0.1)
    print("worker finished")
threading.Thread(target=worker).start()
print("main calls sys.exit(3)")
sys.exit(3)
