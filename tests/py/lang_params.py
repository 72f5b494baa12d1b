# defaults, keywords, *args, **kwargs, keyword-only, positional-only
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9, d=0))
def pos(a, b, /, c, *, d):
    return a + b + c + d
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
def defaults(x, acc=[]):
    acc.append(x)
    return acc
print(defaults(1), defaults(2), defaults(3, []))
def kw_only(*, name="anon", age):
    return f"{name}:{age}"
print(kw_only(age=3), kw_only(age=4, name="z"))
def star(*args):
    return args
print(star(), star(1), star(*[1, 2], 3, *(4,)))
def kwargs(**kw):
    return sorted(kw.items())
print(kwargs(), kwargs(b=1, a=2), kwargs(**{"x": 1}, y=2))
def order(a, b, c):
    return f"{a}{b}{c}"
print(order(*"xy", c="z"), order(c=1, b=2, a=3), order(1, *[2], **{"c": 3}))
print(f.__name__, f.__defaults__, f.__kwdefaults__)
def none_default(x=None):
    return "none" if x is None else x
print(none_default(), none_default(0))
