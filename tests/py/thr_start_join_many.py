import threading, time
def thread_start_join(n=100):
    for _ in range(n):
        t = threading.Thread(target=lambda: None); t.start(); t.join()
thread_start_join()
print("ok")
