def f(n):
    return g(n) + 1
def g(n):
    d = {'a': [1, 2]}
    return d['a'][n] // (n - 5)
print(f(1))
f(5)
