# __call__ and context managers (__enter__/__exit__)
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, y=1):
        return self.k * x * y
m = Multiplier(3)
print(m(2), m(2, y=5), callable(m), callable(3))
class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress
with Ctx("a") as v:
    print("body", v)
with Ctx("b", suppress=True):
    raise ValueError("boom")
print("after suppressed")
try:
    with Ctx("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
with Ctx("outer") as o, Ctx("inner") as i:
    print("both", o, i)
def f():
    with Ctx("ret"):
        return "returned"
print(f())
for i in range(3):
    with Ctx(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
