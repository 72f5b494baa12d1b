import threading, queue
def queue_items(n=50_000):
    q = queue.Queue()
    def consumer():
        for _ in range(n): q.get()
    t = threading.Thread(target=consumer); t.start()
    for i in range(n): q.put(i)
    t.join()
queue_items()
print("ok")
