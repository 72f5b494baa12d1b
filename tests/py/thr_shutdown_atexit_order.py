# atexit handlers run after the non-daemon threads have been joined
import atexit, threading, time
atexit.register(lambda: print("atexit handler"))
def worker():
    time.sleep(0.05)
    print("worker done")
threading.Thread(target=worker).start()
print("main ends")
