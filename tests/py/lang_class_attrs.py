# class attributes vs instance attributes, shadowing, mutable class attribute pitfall
class Dog:
    species = "canis"
    tricks = []
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def add_trick(self, t):
        self.tricks.append(t)
a = Dog("rex")
b = Dog("fido")
print(Dog.count, a.count, b.species)
a.species = "wolf"
print(a.species, b.species, Dog.species)
del a.species
print(a.species)
a.add_trick("roll")
b.add_trick("sit")
print(Dog.tricks, a.tricks is b.tricks)
print(sorted(vars(a)), "species" in vars(Dog), "name" in vars(Dog))
Dog.species = "lupus"
print(a.species, b.species)
a.count = 100
print(a.count, b.count, Dog.count)
class Cat:
    sound = "meow"
    def speak(self):
        return self.sound
c = Cat()
print(c.speak())
c.sound = "purr"
print(c.speak(), Cat().speak())
print(hasattr(Cat, "sound"), hasattr(c, "name"), getattr(c, "name", "unnamed"))
class Sub(Dog):
    species = "sub-species"
print(Sub("x").species, Sub.count, Dog.count)
