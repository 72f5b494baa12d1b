# Step mode: a scripted schedule tears a print line (stdout unbuffered).
import threading
def w(name):
    print("Hello from", name)
a = threading.Thread(target=w, args=("A",))
b = threading.Thread(target=w, args=("B",))
a.start(); b.start()
a.join(); b.join()
