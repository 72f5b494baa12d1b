# After the main module's code CPython flushes stderr, then stdout (flush_io), before it waits
# for the other threads; their output comes after, and the final flush at exit.
# stdio: merged
import sys, threading, time
print("main: buffered in stdout")
sys.stderr.write("main: stderr without a newline ")
def late():
    time.sleep(0.1)
    print("thread: after the main module ended")
    sys.stderr.write("thread: stderr without a newline ")
    print("thread: more stdout")
threading.Thread(target=late).start()
print("main: the last line of the module")
