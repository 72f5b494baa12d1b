class Dog:
    def bark(self):
        return "woof"
print(Dog().bark())
Dog.meow
