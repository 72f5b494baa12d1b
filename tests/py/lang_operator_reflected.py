# reflected operators, NotImplemented fallbacks, in-place fallback to binary
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"${self.cents / 100:.2f}"
    def __add__(self, other):
        print("__add__")
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("__radd__")
        return self.__add__(other)
    def __sub__(self, other):
        return Money(self.cents - (other.cents if isinstance(other, Money) else other))
    def __rsub__(self, other):
        return Money(other - self.cents)
    def __lt__(self, other):
        print("__lt__")
        return self.cents < other.cents
    def __matmul__(self, other):
        return self.cents * other.cents
m = Money(150)
print(m + 50)
print(50 + m)
print(sum([Money(1), Money(2)], Money(0)))
print(1000 - m, m - 100)
x = m
x += Money(5)
print(x, m, x is m)
print(Money(1) > Money(2))
print(Money(2) @ Money(3))
try:
    m + "str"
except TypeError as e:
    print("TypeError:", e)
class Left:
    def __add__(self, o):
        return "Left.__add__"
class Right:
    def __radd__(self, o):
        return "Right.__radd__"
print(Left() + Right(), 1 + Right())
try:
    Right() + Left()
except TypeError as e:
    print("TypeError:", e)
