# nonlocal edge cases: multiple levels, shared cells, loops, del
def outer():
    x = 0
    def middle():
        def inner():
            nonlocal x
            x += 10
            return x
        return inner
    f = middle()
    f(); f()
    return x
print(outer())
def pair():
    value = []
    def get():
        return value
    def put(v):
        nonlocal value
        value = value + [v]
    return get, put
get, put = pair()
put(1); put(2)
print(get())
def skip_level():
    a = "outer-a"
    def mid():
        a = "mid-a"
        def inner():
            nonlocal a
            a = "changed by inner"
        inner()
        return a
    r = mid()
    return a, r
print(skip_level())
def counters():
    fs = []
    for i in range(3):
        def make(i=i):
            n = i * 100
            def step():
                nonlocal n
                n += 1
                return n
            return step
        fs.append(make())
    return fs
fs = counters()
print([f() for f in fs], [f() for f in fs])
def loop_cell():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    i = 99
    return [f() for f in fs]
print(loop_cell())
def cell_then_param(x):
    def show():
        return x
    x = x * 2
    return show()
print(cell_then_param(21))
