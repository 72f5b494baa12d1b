# The print race with flush=True: each print empties the buffer at its end, so in pipe mode a
# full buffer never splits one (the design table: 0 torn lines); unbuffered still tears.
import threading
def worker(i):
    for k in range(3):
        print(f"Hello from {i}", flush=True)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
