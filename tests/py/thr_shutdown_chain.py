# a non-daemon thread started during shutdown by another one is joined too
import threading, time
def second():
    time.sleep(0.05)
    print("second thread done")
def first():
    time.sleep(0.05)
    threading.Thread(target=second).start()
    print("first thread started second")
threading.Thread(target=first).start()
print("main module ends")
