# classes: attributes, methods, class vs instance attributes
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1
    def bark(self):
        return f"{self.name} says woof"
    def birthday(self):
        self.age += 1
        return self
d1 = Dog("rex")
d2 = Dog("fido", 3)
print(d1.bark(), d2.birthday().birthday().age, Dog.count)
print(d1.species, Dog.species, d1.__class__.__name__, type(d2).__name__)
d1.species = "mine"
print(d1.species, d2.species, Dog.species)
Dog.species = "lupus"
print(d1.species, d2.species)
d2.color = "brown"
print(d2.color, hasattr(d1, "color"))
print(d1.__dict__)
m = d2.bark
print(m(), Dog.bark(d1))
class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, isinstance(e, Empty), isinstance(e, object), Empty.__name__)
class WithClassAttrList:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = WithClassAttrList(), WithClassAttrList()
a.add(1); b.add(2)
print(WithClassAttrList.items)
