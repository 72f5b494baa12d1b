# PEP 572: a walrus in a comprehension binds in the enclosing function or module scope
def with_global():
    global seen
    [seen := c for c in "ab"]
    return seen
print(with_global(), seen)
def outer():
    y = 5
    def g():
        nonlocal y
        [y := y * 2 for _ in "ab"]
    g()
    return y
print(outer())
def nested():
    [[(last := a + b) for a in "xy"] for b in "12"]
    return last
print(nested())
def lambdas():
    fs = [lambda: (inner := 3) for _ in "a"]
    return fs[0]()
print(lambdas())
def any_hit(words):
    if any((hit := w).startswith("c") for w in words):
        return hit
    return None
print(any_hit(["apple", "cherry", "coconut"]), any_hit(["x"]))
print([(k, v) for k in "ab" if (v := k.upper())], v)
def unbound():
    try:
        print([z := z + 1 for _ in "ab"])
    except NameError as e:
        print(type(e).__name__, e)
    z = 0
unbound()
