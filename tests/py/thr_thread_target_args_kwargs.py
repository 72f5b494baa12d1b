# Thread(target=..., args=..., kwargs=...) passes positional and keyword arguments
import threading
out = {}
def work(key, a, b, scale=1, *, tag="none"):
    out[key] = ((a + b) * scale, tag)
ts = [
    threading.Thread(target=work, args=("pos", 1, 2)),
    threading.Thread(target=work, args=("kw", 3, 4), kwargs={"scale": 10, "tag": "x"}),
    threading.Thread(target=work, args=["list", 5, 6]),
    threading.Thread(target=work, kwargs={"key": "only", "a": 7, "b": 8, "tag": "k"}),
]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(out):
    print(k, out[k])
t = threading.Thread()
t.start()
t.join()
print("no target ok", t.is_alive())
