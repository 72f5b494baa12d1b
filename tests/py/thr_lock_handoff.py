# a Lock may be released by a thread other than its owner: two locks as a ping-pong baton
import threading
ping = threading.Lock()
pong = threading.Lock()
ping.acquire()
pong.acquire()
trace = []
def player():
    for i in range(5):
        ping.acquire()
        trace.append(f"pong{i}")
        pong.release()
t = threading.Thread(target=player)
t.start()
for i in range(5):
    trace.append(f"ping{i}")
    ping.release()
    pong.acquire()
t.join()
print(trace)
print(ping.locked(), pong.locked())
