# Timer passes args and kwargs to the function
import threading
res = {}
def record(key, a, b=0, *, c=1):
    res[key] = (a, b, c)
ts = [
    threading.Timer(0.01, record, args=("pos", 1, 2)),
    threading.Timer(0.01, record, args=["list", 3], kwargs={"c": 9}),
    threading.Timer(0.01, record, kwargs={"key": "kw", "a": 5, "b": 6, "c": 7}),
]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(res.items()))
print(ts[0].interval, ts[1].args, ts[2].kwargs["c"])
