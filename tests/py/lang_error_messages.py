# exact messages of builtin exceptions raised by the engine
def msg(f):
    try:
        f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return "no error"
class O:
    pass
print(msg(lambda: "a" * "b"))
print(msg(lambda: [1] * 1.5))
print(msg(lambda: {}.popitem()))
print(msg(lambda: set().pop()))
print(msg(lambda: {}["k"]))
print(msg(lambda: object().__setattr__("x", 1)))
print(msg(lambda: setattr(object(), "x", 1)))
print(msg(lambda: [].pop()))
print(msg(lambda: {1: 2}.pop(3)))
print(msg(lambda: (1, 2).index(5)))
print(msg(lambda: "abc"[1.0]))
print(msg(lambda: int("1.5")))
print(msg(lambda: float("1,5")))
print(msg(lambda: undefined_thing))
try:
    undefined_thing
except NameError as e:
    print(e.name)
print(msg(lambda: O().missing))
print(msg(lambda: O.missing))
print(msg(lambda: 1 - "a"))
print(msg(lambda: -"a"))
print(msg(lambda: len(1)))
print(msg(lambda: sum(["a", "b"])))
