# abc: abstract methods block instantiation (CPython's message), concrete subclasses work,
# abstract properties/classmethods, register() and __subclasshook__ virtual subclasses.
import threading
from abc import ABC, ABCMeta, abstractmethod


class Worker(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def run(self):
        ...

    @abstractmethod
    def stop(self):
        ...

    def start(self):
        t = threading.Thread(target=self.run)
        t.start()
        t.join()


class Printer(Worker):
    def run(self):
        print('running', self.name)

    def stop(self):
        print('stopped', self.name)


class Half(Worker):
    def run(self):
        pass


p = Printer('p1')
p.start()
p.stop()
print(isinstance(p, Worker), issubclass(Printer, Worker), issubclass(int, Worker), type(Worker).__name__)
print(sorted(Worker.__abstractmethods__), sorted(Half.__abstractmethods__), Printer.__abstractmethods__)
for cls in (Worker, Half):
    try:
        cls('x')
    except TypeError as e:
        print('TypeError:', e)


class Shape(metaclass=ABCMeta):
    @property
    @abstractmethod
    def area(self):
        ...

    @classmethod
    @abstractmethod
    def unit(cls):
        ...


class Square(Shape):
    def __init__(self, s):
        self.s = s

    @property
    def area(self):
        return self.s ** 2

    @classmethod
    def unit(cls):
        return cls(1)


print(Square(3).area, Square.unit().area, sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print('TypeError:', e)


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any('__len__' in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized))


class Drawable(ABC):
    pass


class Legacy:
    pass


Drawable.register(Legacy)
print(isinstance(Legacy(), Drawable), issubclass(Legacy, Drawable), Drawable.register(int) is int, isinstance(5, Drawable))
try:
    Drawable.register(5)
except TypeError as e:
    print('TypeError:', e)


class Plain(ABC):
    def hello(self):
        return 'hi'


print(Plain().hello(), Plain.__abstractmethods__ == frozenset())
