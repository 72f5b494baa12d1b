# inheritance, super(), overriding, isinstance/issubclass
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name}: {self.speak()}"
class Cat(Animal):
    def speak(self):
        return "meow"
class Lion(Cat):
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def speak(self):
        return super().speak().upper() + "!"
for a in [Animal("gen"), Cat("tom"), Lion("leo", "west")]:
    print(a.describe())
l = Lion("x", "p")
print(l.pride, isinstance(l, Animal), isinstance(l, Cat), isinstance(Cat("c"), Lion))
print(issubclass(Lion, Animal), issubclass(Animal, Lion), issubclass(Cat, (Lion, Animal)), issubclass(Cat, object))
print([c.__name__ for c in Lion.__mro__])
print(Lion.__bases__[0].__name__, Animal.__bases__[0].__name__)
class Base:
    def hello(self):
        return "base hello"
class Child(Base):
    def hello(self):
        return "child+" + Base.hello(self)
print(Child().hello())
class Shape:
    sides = 0
    def info(self):
        return f"{type(self).__name__} with {self.sides} sides"
class Tri(Shape):
    sides = 3
class Sq(Shape):
    sides = 4
print([s.info() for s in (Shape(), Tri(), Sq())])
