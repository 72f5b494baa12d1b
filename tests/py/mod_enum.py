# enum: Enum, IntEnum, StrEnum, auto, unique and the functional API: members, reprs, lookup
# by value and name, iteration over the class, aliases, mixins and the common errors.
from enum import Enum, IntEnum, StrEnum, auto, unique, EnumMeta, EnumType
import threading


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f'{self.name} is {self.value}'

    @property
    def warm(self):
        return self in (Color.RED,)

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color(2), Color['BLUE'], Color(Color.RED), Color.RED in Color)
print(Color, type(Color), type(Color.RED), isinstance(Color.RED, Color), Color.RED.describe())
print(Color.RED.warm, Color.BLUE.warm, Color.default(), f'{Color.GREEN}', '{}'.format(Color.BLUE))
print(list(Color.__members__), [m.name for m in Color.__members__.values()], Color._member_names_)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, hash(Color.RED) == hash('RED'))
print({Color.RED: 'r', Color.GREEN: 'g'}[Color.CRIMSON], sorted(Color, key=lambda c: c.value, reverse=True))
print(list(reversed(Color)), bool(Color.RED), Color.RED.__class__.__name__, Color.__name__)
for bad in (lambda: Color(7), lambda: Color['PINK'], lambda: Color('RED'), lambda: Color.RED < Color.BLUE):
    try:
        bad()
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__ + ':', e)


class Status(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()


print(list(Status), Status.DONE.value, Status(1))


class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2


print(Shape.CIRCLE, repr(Shape.SQUARE), Shape.CIRCLE == 1, Shape.SQUARE + 1, Shape(2), sorted([Shape.SQUARE, Shape.CIRCLE]))
print(f'{Shape.CIRCLE}', str(Shape.SQUARE), Shape.CIRCLE < Shape.SQUARE, isinstance(Shape.CIRCLE, int), int(Shape.SQUARE))
print(['a', 'b', 'c'][Shape.SQUARE], Shape.CIRCLE.name, Shape['SQUARE'])


class Mode(StrEnum):
    READ = 'r'
    WRITE = auto()


print(Mode.READ, repr(Mode.WRITE), Mode.READ == 'r', Mode.WRITE.upper(), f'{Mode.READ}-{Mode.WRITE}')


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 3), Planet((3.303e+23, 2.4397e6)))


class Coordinate(Enum):
    X = 'x'


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    NORTH = auto()
    SOUTH = auto()


print(Lower.NORTH.value, list(Lower), Coordinate.X)


class WithMissing(Enum):
    A = 1
    B = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(WithMissing('a'), WithMissing('b'))
try:
    WithMissing(3)
except ValueError as e:
    print('ValueError:', e)

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal(3), Animal)
Pets = Enum('Pets', [('DOG', 'd'), ('FISH', 'f')])
print(list(Pets), Pets('f'))
Sizes = Enum('Sizes', ['S', 'M', 'L'], start=10)
print([s.value for s in Sizes])

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
except ValueError as e:
    print('ValueError:', e)
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print('TypeError:', e)


class Base(Enum):
    def hello(self):
        return 'hello ' + self.name


class Greeting(Base):
    HI = 1


print(Greeting.HI.hello(), Greeting.HI, issubclass(Greeting, Base), issubclass(Color, Enum))
print(EnumMeta is EnumType, type(Enum), len(Enum))


class State(Enum):
    IDLE = 'idle'
    BUSY = 'busy'


state = State.IDLE
lock = threading.Lock()


def worker():
    global state
    with lock:
        state = State.BUSY


t = threading.Thread(target=worker)
t.start()
t.join()
print(state, state is State.BUSY, State('busy'), State.IDLE.value)
print(Color.RED.__class__ is Color, Color.__members__['CRIMSON'], [m for m in Color.__members__])
print(Color.__members__)
print(f'[{Shape.CIRCLE:>3}] [{Color.RED:>12}] [{Mode.READ:^5}]', Shape.CIRCLE * 10, max(Shape), Shape.SQUARE.value.__class__.__name__)
print(Color.RED.__reduce_ex__(4), Status._value2member_map_, IntEnum.__mro__)
print(repr(Color.__members__)[:40], len(Color.__members__), 'RED' in Color.__members__)
