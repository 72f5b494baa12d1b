# threads alive at the same time have distinct get_ident() values
import threading
barrier = threading.Barrier(6)
idents = []
lock = threading.Lock()
def task():
    me = threading.get_ident()
    with lock:
        idents.append(me)
    barrier.wait()
    assert threading.get_ident() == me
ts = [threading.Thread(target=task) for _ in range(5)]
for t in ts:
    t.start()
barrier.wait()
for t in ts:
    t.join()
print(len(idents), len(set(idents)), threading.get_ident() in idents)
print(sorted(t.ident for t in ts) == sorted(idents))
