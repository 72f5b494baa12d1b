# two Events hand control back and forth; the trace strictly alternates
import threading
a, b = threading.Event(), threading.Event()
trace = []
def other():
    for i in range(5):
        a.wait(); a.clear()
        trace.append(f"B{i}")
        b.set()
t = threading.Thread(target=other)
t.start()
for i in range(5):
    trace.append(f"A{i}")
    a.set()
    b.wait(); b.clear()
t.join()
print(" ".join(trace))
