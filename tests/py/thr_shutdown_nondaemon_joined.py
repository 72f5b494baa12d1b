# the main module ends first; the interpreter joins the non-daemon thread, whose output follows
import threading, time
def worker():
    time.sleep(0.1)
    print("worker finished after main")
t = threading.Thread(target=worker)
t.start()
print("main module ends", t.is_alive())
