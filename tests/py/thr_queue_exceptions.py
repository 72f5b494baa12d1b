# queue.Empty and queue.Full are plain Exception subclasses, catchable as Exception
import queue
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Empty.__name__, queue.Full.__name__)
for f in (lambda: queue.Queue().get_nowait(), lambda: queue.LifoQueue().get(timeout=0.01),
          lambda: queue.PriorityQueue().get(False)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, type(e) is queue.Empty)
