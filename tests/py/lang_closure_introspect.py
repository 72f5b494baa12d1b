# closures: __closure__ cell contents, free variables, late binding fixes
def make_mul(n):
    def mul(x):
        return x * n
    return mul
m3 = make_mul(3)
print(m3(7), len(m3.__closure__), m3.__closure__[0].cell_contents)
def no_free(x):
    return x
print(no_free.__closure__)
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
def bank(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError("insufficient funds")
        balance -= x
        return balance
    return deposit, withdraw
d, w = bank(100)
print(d(50), w(30))
try:
    w(1000)
except ValueError as e:
    print(e, d(0))
