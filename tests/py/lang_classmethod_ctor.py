# classmethod alternative constructors and subclass-aware construction
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @classmethod
    def from_tuple(cls, t):
        return cls(*t)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m:02d}, {self.d:02d})"
class EuroDate(Date):
    @classmethod
    def from_string(cls, s):
        d, m, y = map(int, s.split("/"))
        return cls(y, m, d)
print(Date.from_string("2024-03-09"))
print(EuroDate.from_string("09/03/2024"))
print(EuroDate.from_tuple((1999, 12, 31)))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
d = Date.from_string("2020-1-2")
print(d, type(d).from_tuple((2021, 5, 6)))
class Counter:
    made = 0
    @classmethod
    def make(cls):
        cls.made += 1
        return cls()
class SubCounter(Counter):
    pass
Counter.make(); SubCounter.make(); SubCounter.make()
print(Counter.made, SubCounter.made)
m = Date.from_string
print(m.__self__ is Date, m("2000-2-29"))
