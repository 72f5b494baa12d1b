# exceptions raised inside generators and StopIteration handling
def bad(n):
    for i in range(n):
        if i == 2:
            raise ValueError(f"bad at {i}")
        yield i
out = []
try:
    for v in bad(5):
        out.append(v)
except ValueError as e:
    print("caught", e, "after", out)
g = bad(5)
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("again", e)
print(next(g, "dead"))
def leaks_stop():
    yield 1
    raise StopIteration("inner")
try:
    print(list(leaks_stop()))
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
def guarded():
    try:
        yield 1
        yield 1 / 0
    except ZeroDivisionError:
        yield "recovered"
print(list(guarded()))
