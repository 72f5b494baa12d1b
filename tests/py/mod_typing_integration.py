# The new modules together: dataclasses skip typing.ClassVar fields, Generic dataclasses, copying
# enum members and classes, json of IntEnum members.
from dataclasses import dataclass, field
from typing import ClassVar, List, Optional, Generic, TypeVar
import copy, json
from enum import Enum, IntEnum
T = TypeVar('T')
@dataclass
class Job:
    name: str
    tags: List[str] = field(default_factory=list)
    retries: Optional[int] = None
    count: ClassVar[int] = 0
print(Job('a'), Job.count)
@dataclass
class Box(Generic[T]):
    item: T
print(Box(1), Box[int](2))
class Color(Enum):
    RED = 1
class Num(IntEnum):
    ONE = 1
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.RED])[0] is Color.RED, copy.deepcopy(Color) is Color, copy.copy(Color) is Color)
print(json.dumps({'n': Num.ONE, 'l': [Num.ONE]}))
try: json.dumps(Color.RED)
except TypeError as e: print(e)
