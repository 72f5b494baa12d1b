# daemon threads keep running while the interpreter waits for non-daemon threads at exit
import threading, time
def daemon_task():
    time.sleep(0.05)
    print("daemon ran while non-daemon was joined")
def worker():
    time.sleep(0.15)
    print("non-daemon worker done")
threading.Thread(target=daemon_task, daemon=True).start()
threading.Thread(target=worker).start()
print("main module ends")
