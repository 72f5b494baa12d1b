# generator.close: GeneratorExit, return value, ignoring close
def g1():
    try:
        yield "a"
        yield "b"
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("g1 finally")
it = g1()
print(next(it))
it.close()
it.close()
print("second close is fine")
try:
    next(it)
except StopIteration:
    print("StopIteration after close")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def never_started():
    print("body never runs")
    yield 1
n = never_started()
n.close()
print("closed unstarted")
def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("swallowed, returning")
        return "ignored"
w = swallow()
next(w)
print(w.close())
