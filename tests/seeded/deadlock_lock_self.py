# A deadlock the seeded scheduler must report with its wait-for cycle (exit code 3).
import threading
lock = threading.Lock()
print("before")
lock.acquire()
lock.acquire()
print("never")
