# current_thread() is the Thread object itself; main_thread() is the same from every thread
import threading
res = {}
class Mine(threading.Thread):
    def run(self):
        res["is_self"] = threading.current_thread() is self
        res["main"] = threading.main_thread() is MAIN
        res["main_alive"] = threading.main_thread().is_alive()
        res["not_main"] = threading.current_thread() is not threading.main_thread()
MAIN = threading.main_thread()
t = Mine()
t.start()
t.join()
print(sorted(res.items()))
print(MAIN.name, MAIN.daemon, MAIN.is_alive())
print(threading.current_thread() is MAIN, isinstance(MAIN, threading.Thread))
