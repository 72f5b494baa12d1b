# global and module scope
counter = 0
config = {"debug": False}
def bump():
    global counter
    counter += 1
def read_only():
    return counter * 10
def mutate():
    config["debug"] = True
def make_global():
    global created
    created = "made inside"
bump(); bump()
print(counter, read_only())
mutate()
print(config)
make_global()
print(created)
def local_shadow():
    counter = 99
    return counter
print(local_shadow(), counter)
def uses_later():
    return later_defined()
def later_defined():
    return "resolved at call time"
print(uses_later())
x = 1
def g():
    global x
    x = [x]
    def h():
        return x
    return h()
print(g(), x)
class K:
    y = counter
    def m(self):
        return counter
print(K.y, K().m())
print(__name__, type(globals()).__name__, "counter" in globals())
