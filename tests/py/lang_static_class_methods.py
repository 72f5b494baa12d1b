# staticmethod and classmethod
class Pizza:
    instances = 0
    def __init__(self, toppings):
        self.toppings = toppings
        Pizza.instances += 1
    @classmethod
    def margherita(cls):
        return cls(["tomato", "mozzarella"])
    @staticmethod
    def is_valid(t):
        return t in ("tomato", "mozzarella", "basil")
    @classmethod
    def kind(cls):
        return cls.__name__
class Special(Pizza):
    pass
p = Pizza.margherita()
print(p.toppings, Pizza.instances, Pizza.is_valid("basil"), p.is_valid("ham"))
s = Special.margherita()
print(type(s).__name__, Special.kind(), s.kind(), Pizza.kind())
class Counter:
    n = 0
    @classmethod
    def bump(cls):
        cls.n += 1
        return cls.n
class SubCounter(Counter):
    pass
print(Counter.bump(), Counter.bump(), SubCounter.bump(), Counter.n, SubCounter.n)
class Util:
    @staticmethod
    def add(a, b=1):
        return a + b
f = Util.add
print(f(1), Util().add(2, 3))
