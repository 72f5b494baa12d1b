# closures, nonlocal, global
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders()])
late = [lambda: i for i in range(3)]
print([f() for f in late])
total = 0
def add(n):
    global total
    total += n
add(5); add(7)
print(total)
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def make_acc():
    items = []
    def acc(v):
        items.append(v)
        return list(items)
    return acc
a = make_acc()
a(1)
print(a(2))
def shadow():
    x = 1
    def f():
        x = 2
        return x
    f()
    return x
print(shadow())
def nl():
    a = 0
    def g():
        nonlocal a
        a = 42
    g()
    return a
print(nl())
print(c1.__closure__ is not None, make_counter.__name__)
