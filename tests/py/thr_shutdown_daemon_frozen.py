# a daemon thread still looping when the main thread ends prints nothing afterwards
import threading, time
ticks = [0]
def daemon_loop():
    while True:
        ticks[0] += 1
        time.sleep(0.01)
        if ticks[0] > 30:
            print("daemon still running")
            return
d = threading.Thread(target=daemon_loop, daemon=True)
d.start()
time.sleep(0.05)
print("main ends last", d.is_alive(), 0 < ticks[0] <= 30)
