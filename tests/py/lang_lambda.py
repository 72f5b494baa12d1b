# lambdas
sq = lambda x: x * x
print(sq(5), (lambda: "noargs")(), (lambda a, b=2: a + b)(1), (lambda *a, **k: (a, k))(1, z=2))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print(sq.__name__, (lambda: 0).__name__)
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print(list(map(lambda s: s[::-1], ["abc", "de"])))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
