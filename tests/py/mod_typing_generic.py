# typing: TypeVar, Generic classes, Protocol, NamedTuple, TypedDict, overload, get_type_hints.
from typing import (TypeVar, Generic, Protocol, NamedTuple, TypedDict, List, Dict, Optional,
                    overload, final, get_type_hints, NewType, runtime_checkable, ClassVar,
                    get_origin, get_args, Callable, Union)
import threading

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
T_co = TypeVar('T_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
N = TypeVar('N', int, float)
B = TypeVar('B', bound=str)
print(T, T_co, T_contra, N, B, T.__name__, N.__constraints__, B.__bound__)
print(List[T], Dict[K, V], Dict[str, T][int], Optional[T])


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
        self.lock = threading.Lock()

    def push(self, item: T) -> None:
        with self.lock:
            self.items.append(item)

    def pop(self) -> T:
        with self.lock:
            return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), type(s).__name__, Stack.__mro__, Stack.__parameters__)
print(Stack[int], Stack[str] == Stack[str], s.__orig_class__)
s2 = Stack()
s2.push('x')
print(s2.items, isinstance(s2, Stack), isinstance(s2, Generic))


class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v


print(Pair[str, int]('a', 1).v, Pair.__parameters__, Pair.__orig_bases__)


class IntStack(Stack[int]):
    pass


print(IntStack.__mro__, IntStack.__parameters__)


class Cache(Dict[str, T]):
    pass


print(Cache.__mro__, Cache[int])
c = Cache()
c['a'] = 1
print(c)

for bad in (lambda: Stack[int, str], lambda: Generic[int], lambda: Generic[T, T], lambda: IntStack[int]):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
try:
    class Bad(Optional[int]):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    TypeVar('X', int)
except TypeError as e:
    print('TypeError:', e)


class SupportsClose(Protocol):
    def close(self) -> None:
        ...


@runtime_checkable
class Sized2(Protocol[T]):
    def size(self) -> int:
        ...


class Resource(SupportsClose):
    def close(self) -> None:
        print('closed')


Resource().close()
print(SupportsClose._is_protocol, Resource._is_protocol, Sized2.__parameters__)


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = 'p'

    def norm(self) -> int:
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm(), p.x, p[1], p._asdict(), p._replace(x=1), Point._fields, Point._field_defaults)
print(Point.__annotations__, isinstance(p, tuple), len(p), Point(1, 2, 'q') == (1, 2, 'q'))
x, y, label = p
print(x, y, label)
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
e = Emp('ann', 3)
print(e, Emp.__annotations__, e.name)
try:
    Point()
except TypeError as err:
    print('TypeError:', err)
try:
    class Bad2(NamedTuple):
        a: int = 1
        b: str
except TypeError as err:
    print('TypeError:', err)


class Movie(TypedDict):
    title: str
    year: int


class Movie2(Movie, total=False):
    rating: float


m = Movie(title='Up', year=2009)
print(m, type(m), Movie.__annotations__, Movie.__total__, Movie2.__total__)
print(sorted(Movie2.__required_keys__), sorted(Movie2.__optional_keys__), Movie2(title='x'))
Point3 = TypedDict('Point3', {'x': int, 'y': int})
print(Point3(x=1, y=2), Point3.__annotations__)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(2), double('ab'))


@overload
def only(x: int) -> int: ...


try:
    only(1)
except NotImplementedError as err:
    print('NotImplementedError:', err)


@final
class Leaf:
    pass


print(Leaf.__final__)
UserId = NewType('UserId', int)
print(UserId(5), UserId, UserId.__supertype__)


class Node:
    value: int
    next: Optional['Node'] = None
    count: ClassVar[int] = 0


def link(a: 'Node', b: 'int' = 0) -> Optional['Node']:
    return None


print(get_type_hints(Node))
print(get_type_hints(link))
print(get_origin(List[int]), get_origin(Union[int, str]), get_origin(int), get_args(Dict[str, int]))
print(get_args(Callable[[int], str]), get_args(Optional[int]))
print(Point.__mro__, type(Point), Point.__name__, Point.__module__, Point.__doc__)
print(type(Movie).__name__, Movie.__mro__ == (Movie, dict, object), Movie2.__annotations__)
for bad in (lambda: isinstance(m, Movie), lambda: issubclass(dict, Movie)):
    try:
        bad()
    except TypeError as err:
        print('TypeError:', err)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class HasName(Protocol):
    name: str


class File:
    def close(self):
        pass


class NoClose:
    close = None


print(isinstance(File(), Closable), isinstance(1, Closable), isinstance(NoClose(), Closable),
      issubclass(File, Closable), issubclass(int, Closable))
for bad in (lambda: isinstance(File(), SupportsClose), lambda: issubclass(File, SupportsClose), lambda: isinstance(Resource(), SupportsClose),
            lambda: SupportsClose(), lambda: runtime_checkable(File), lambda: Closable()):
    try:
        print(bad())
    except TypeError as err:
        print('TypeError:', err)
rc_named = runtime_checkable(HasName)
for bad in (lambda: issubclass(File, HasName), lambda: isinstance(File(), HasName)):
    try:
        print(bad())
    except TypeError as err:
        print('TypeError:', err)
try:
    class Bad3(NamedTuple):
        x: int
        _fields = 1
except AttributeError as err:
    print('AttributeError:', err)
try:
    class Bad4(NamedTuple):
        a: int = 1
        b: int = 2
        c: int
except TypeError as err:
    print('TypeError:', err)
