# __init_subclass__ without class keywords: hooks run per subclass, inherited hook, super chain
class Shape:
    kinds = []
    def __init_subclass__(cls):
        super().__init_subclass__()
        Shape.kinds.append(cls.__name__)
        cls.sides = getattr(cls, "sides", 0)
class Triangle(Shape):
    sides = 3
class Square(Shape):
    sides = 4
class Circle(Shape):
    pass
class RightTriangle(Triangle):
    pass
print(Shape.kinds)
print(Triangle.sides, Square.sides, Circle.sides, RightTriangle.sides)
print(hasattr(Shape, "sides"))
class Validated:
    def __init_subclass__(cls):
        missing = [m for m in ("run", "name") if not hasattr(cls, m)]
        if missing:
            raise TypeError(f"{cls.__name__} is missing {', '.join(missing)}")
class Good(Validated):
    name = "good"
    def run(self):
        return "running " + self.name
print(Good().run())
try:
    class Broken(Validated):
        name = "broken"
except TypeError as e:
    print("TypeError:", e)
class Counting:
    n = 0
    @classmethod
    def __init_subclass__(cls):
        Counting.n += 1
        cls.serial = Counting.n
class X(Counting): pass
class Y(Counting): pass
class Z(X): pass
print(X.serial, Y.serial, Z.serial, Counting.n)
