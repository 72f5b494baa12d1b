# generator.throw: caught inside, uncaught, finally during throw
def worker():
    total = 0
    while True:
        try:
            x = yield total
            total += x
        except ValueError as e:
            print("worker caught", e)
            total = 0
g = worker()
print(next(g))
print(g.send(5), g.send(7))
print(g.throw(ValueError("reset")))
print(g.send(3))
def fragile():
    try:
        yield 1
        yield 2
    finally:
        print("fragile finally")
f = fragile()
print(next(f))
try:
    f.throw(KeyError("boom"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(f)
except StopIteration:
    print("exhausted after throw")
def unstarted():
    yield 1
u = unstarted()
try:
    u.throw(RuntimeError("early"))
except RuntimeError as e:
    print("unstarted throw:", e)
print(list(u))
