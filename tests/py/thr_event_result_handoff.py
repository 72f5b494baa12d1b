# a worker publishes a result and signals it with an Event; the reader sees the result
import threading
class Box:
    def __init__(self):
        self.ready = threading.Event()
        self.value = None
    def put(self, v):
        self.value = v
        self.ready.set()
    def get(self, timeout=None):
        if not self.ready.wait(timeout):
            raise TimeoutError("no value")
        return self.value
boxes = [Box() for _ in range(4)]
for i, box in enumerate(boxes):
    threading.Thread(target=lambda b=box, i=i: b.put(i ** 3)).start()
print([b.get(2) for b in boxes])
try:
    Box().get(0.01)
except TimeoutError as e:
    print("TimeoutError:", e)
