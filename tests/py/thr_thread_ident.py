# ident/native_id are None before start, ints after; ident matches get_ident() in the thread
import threading
inside = {}
def task():
    inside["ident"] = threading.get_ident()
    inside["native"] = threading.get_native_id()
    inside["cur"] = threading.current_thread().ident
t = threading.Thread(target=task)
print("before", t.ident, t.native_id)
t.start()
t.join()
print("after", type(t.ident).__name__, type(t.native_id).__name__)
print("ident matches", inside["ident"] == t.ident == inside["cur"])
print("native matches", inside["native"] == t.native_id)
print("differs from main", t.ident != threading.get_ident())
print("main ident", threading.main_thread().ident == threading.get_ident())
