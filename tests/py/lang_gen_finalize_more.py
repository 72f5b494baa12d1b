# abandoned generators with cleanup pending are close()d when their last reference goes:
# frames left by an exception, loops cut by one, temporaries, rebinding, del of a container,
# a with block, threads, and the module's globals at exit
import threading
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)
def f():
    h = gen("local-exc")
    next(h)
    raise ValueError("x")
try:
    f()
except ValueError:
    print("caught")
try:
    for x in gen("loop-exc"):
        raise KeyError
except KeyError:
    print("caught2")
print(next(gen("temp")))
k = gen("rebind"); next(k); k = None
print("after rebind")
lst = [gen("inlist")]
next(lst[0])
del lst
print("after del list")
class Res:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit", a[0])
def with_gen():
    with Res():
        yield "w"
print(next(with_gen()))
def plain():
    yield 1
    yield 2
p = plain(); next(p); del p
def caught_inside():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
c = caught_inside(); next(c); c = 0
def worker(n):
    for v in gen("thread %d" % n):
        break
ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
    t.join()
def ignore():
    try:
        yield 1
    finally:
        yield 2
i = ignore(); next(i); del i
print("ignored")
g = gen("global")
next(g)
_u = gen("underscore")
next(_u)
print("end")
