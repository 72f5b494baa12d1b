# throw() and close() are forwarded through yield from to the inner generator
def inner():
    try:
        yield 1
    except ValueError as e:
        yield f"inner handled {e}"
    finally:
        print("inner finally")
def outer():
    r = yield from inner()
    yield "outer after"
o = outer()
print(next(o))
print(o.throw(ValueError("bad")))
print(next(o))
o2 = outer()
next(o2)
o2.close()
print("o2 closed")
def leaf():
    try:
        yield "leaf"
    except GeneratorExit:
        print("leaf got GeneratorExit")
        raise
def mid():
    yield from leaf()
def top():
    yield from mid()
t = top()
print(next(t))
t.close()
def unhandled():
    yield 1
def wrap():
    try:
        yield from unhandled()
    except KeyError as e:
        yield f"wrap caught {e!r}"
w = wrap()
next(w)
print(w.throw(KeyError("k")))
