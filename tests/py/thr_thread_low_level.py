# the _thread module: start_new_thread, allocate_lock; such threads appear as Dummy-N threads
import _thread, threading
done = _thread.allocate_lock()
done.acquire()
info = {}
def raw(a, b=0):
    info["sum"] = a + b
    info["ident"] = _thread.get_ident() == threading.get_ident()
    cur = threading.current_thread()
    info["name"] = cur.name
    info["daemon"] = cur.daemon
    done.release()
tid = _thread.start_new_thread(raw, (2,), {"b": 5})
done.acquire()
print(type(tid).__name__, sorted(info.items()))
print(type(done) is _thread.LockType, _thread.error is RuntimeError)
print(threading.Thread(target=raw).name)
