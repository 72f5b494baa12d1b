# A typo of a global name from inside a thread: locals first, then globals, then builtins.
import threading
shared_counter = 0
def work():
    global shared_counter
    shared_counter += 1
t = threading.Thread(target=work)
t.start(); t.join()
print(shared_countr)
