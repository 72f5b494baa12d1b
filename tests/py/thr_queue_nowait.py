# put_nowait on a full queue raises queue.Full; get_nowait on an empty one raises queue.Empty
import queue
q = queue.Queue(maxsize=1)
q.put_nowait("a")
try:
    q.put_nowait("b")
except queue.Full as e:
    print("Full", repr(e), isinstance(e, Exception))
try:
    q.put("b", block=False)
except queue.Full:
    print("Full via block=False")
print(q.get_nowait())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e))
try:
    q.get(False)
except queue.Empty:
    print("Empty via block=False")
