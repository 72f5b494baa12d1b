# A deadlock the seeded scheduler must report with its wait-for cycle (exit code 3).
import threading
cond = threading.Condition()
with cond:
    cond.wait()
