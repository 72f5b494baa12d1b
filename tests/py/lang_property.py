# properties with getter/setter/deleter
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)
try:
    t.fahrenheit = 1
except AttributeError:
    print("read-only")
del t.celsius
print(t._c)
class Lazy:
    def __init__(self):
        self.calls = 0
    def _get(self):
        self.calls += 1
        return self.calls * 10
    value = property(_get, doc="computed")
z = Lazy()
print(z.value, z.value, z.calls, type(Lazy.value).__name__)
class Sub(Temp):
    @property
    def celsius(self):
        return "overridden"
print(Sub(1).celsius)
