# TypeError messages for bad * / ** arguments and duplicate keywords in calls
def show(*args, **kw):
    return args, kw
for label, call in [
    ("dup via ** and kw", lambda: show(**{"a": 1}, a=2)),
    ("dup via two **", lambda: show(**{"a": 1}, **{"a": 2})),
    ("* of int", lambda: show(*5)),
    ("** of list", lambda: show(**[1])),
    ("** non-str key", lambda: show(**{1: 2})),
]:
    try:
        print(label, show and call())
    except TypeError as e:
        print(label, "->", e)
def one(a):
    return a
try:
    one(1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
