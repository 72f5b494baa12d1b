# any/all short-circuit, iter(callable, sentinel), next default, getattr default, callable, vars
def check(x):
    print("check", x)
    return x > 2
print(any(check(x) for x in [1, 3, 5]))
print(all(check(x) for x in [3, 1, 5]))
print(any(map(check, [])), all(map(check, [])))
gen = (x for x in range(10))
print(any(x == 3 for x in gen), next(gen))
data = iter([5, 8, 0, 7])
print(list(iter(lambda: next(data), 0)), list(data))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
lines = ["a", "b", "", "c"]
pos = iter(lines)
for line in iter(lambda: next(pos), ""):
    print("line", line)
it = iter([])
print(next(it, None), next(it, "default"), next(iter("x"), "unused"))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
class C:
    x = 1
    def __init__(self):
        self.y = 2
c = C()
print(getattr(c, "x"), getattr(c, "z", None), getattr(C, "y", "no class y"), vars(c), "x" in vars(C))
print(callable(C), callable(c), callable(c.__init__), callable(None), callable(print), callable(type))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
