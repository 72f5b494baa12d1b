# dir() on simple classes and instances, filtered to non-dunder names (sorted by dir itself)
class Animal:
    kingdom = "animalia"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    @property
    def upper_name(self):
        return self.name.upper()
    @staticmethod
    def helper():
        return 1
    @classmethod
    def make(cls):
        return cls("x")
    def _private(self):
        pass
class Dog(Animal):
    sound = "woof"
    def speak(self):
        return self.sound
    def fetch(self):
        return "stick"
def public(obj):
    return [n for n in dir(obj) if not n.startswith("__")]
print(public(Animal))
print(public(Dog))
d = Dog("rex")
d.age = 3
print(public(d))
print([n for n in dir(d) if not n.startswith("_")])
print("speak" in dir(d), "__init__" in dir(Dog), "age" in dir(Dog), dir(d) == sorted(dir(d)))
print([n for n in dir(d) if callable(getattr(d, n)) and not n.startswith("_")])
def f():
    a = 1
    b = 2
    return dir()
print(f())
import math
print([n for n in dir(math) if n.startswith("fa") or n.startswith("is")])
