# two threads alternate strictly through one Condition and a turn variable
import threading
cond = threading.Condition()
turn = "A"
trace = []
def player(me, other, n):
    global turn
    for i in range(n):
        with cond:
            cond.wait_for(lambda: turn == me)
            trace.append(me)
            turn = other
            cond.notify_all()
a = threading.Thread(target=player, args=("A", "B", 10))
b = threading.Thread(target=player, args=("B", "A", 10))
b.start(); a.start()
a.join(); b.join()
print("".join(trace))
