# a thread sleeping while the main thread computes still wakes up and runs
import threading, time
woke = threading.Event()
def sleeper():
    time.sleep(0.05)
    woke.set()
t = threading.Thread(target=sleeper)
t.start()
n = 0
deadline = time.monotonic() + 2
while not woke.is_set() and time.monotonic() < deadline:
    n += sum(range(100))
t.join()
print("sleeper woke during computation", woke.is_set(), n > 0)
for bad in (-1, -0.5):
    try:
        time.sleep(bad)
    except ValueError as e:
        print("ValueError:", e)
time.sleep(0)
print("sleep(0) ok")
