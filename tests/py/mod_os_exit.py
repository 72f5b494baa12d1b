# os._exit ends the whole program at once from any thread: no finally, no atexit, and what
# stdout (block-buffered into a file) and stderr still buffer is lost, as in a killed process.
import atexit
import os
import sys
import threading
print("pid is an int:", isinstance(os.getpid(), int), os.name, os.sep, repr(os.linesep))
print(os.getenv("INTERLEAVE_SURELY_UNSET", "default"), os.getenv("INTERLEAVE_SURELY_UNSET"))
print("this line is still in stdout's buffer when the program ends")
sys.stderr.write("so is this partial stderr line")
atexit.register(print, "atexit never runs")
def worker():
    try:
        os._exit(3)
    finally:
        print("finally never runs")
t = threading.Thread(target=worker)
t.start()
t.join()
print("never printed")
