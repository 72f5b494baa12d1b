# how print renders various objects
print(None, True, False, 0, -1, 1.0, 1e100, "s")
print([], [1, "a", None], (), (1,), (1, "b"), {}, {"k": [1, (2,)]})
print([[1, 2], [3]], [(1, 2)], {1: {2: 3}})
print(["a\nb"], "a\nb")
print(range(3), len, print)
print(type(1), type("s"), type([]), type(None), int, str)
class K:
    pass
print(K, K.__name__, K.__qualname__)
def f():
    pass
print(f.__name__, f.__qualname__)
print(repr(1.0), repr(None), repr([1.5, "x"]))
print(1, end="")
print(2, end="")
print()
