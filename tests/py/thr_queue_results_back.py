# a request queue and a reply queue: workers answer (id, result) pairs
import queue, threading
requests = queue.Queue()
replies = queue.Queue()
def server():
    while (req := requests.get()) is not None:
        rid, n = req
        replies.put((rid, sum(range(n))))
servers = [threading.Thread(target=server) for _ in range(3)]
for s in servers: s.start()
for rid in range(12):
    requests.put((rid, rid * 10))
answers = dict(replies.get() for _ in range(12))
for _ in servers: requests.put(None)
for s in servers: s.join()
print([answers[i] for i in range(12)])
