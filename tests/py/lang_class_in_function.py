# a class body inside a function reads the function's local variables
def make(v):
    class K:
        val = v
        doubled = v * 2
    return K
print(make(3).val, make("a").doubled)
def with_base(base, label):
    class K(base):
        name = label
        def describe(self):
            return f"{label}:{type(self).__name__}"
    return K
K = with_base(Exception, "err")
print(K.name, K().describe(), K.__mro__[1].__name__)
def counter_class():
    count = 0
    class Counter:
        def inc(self):
            nonlocal count
            count += 1
            return count
    c = Counter()
    c.inc(); c.inc()
    return count
print(counter_class())
