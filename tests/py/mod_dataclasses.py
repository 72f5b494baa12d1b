from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1, 2); q = Point(1, 2)
print(p, p == q, p != Point(2), asdict(p), astuple(p), replace(p, y=5), [f.name for f in fields(Point)])
@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = "z"
print(sorted([V(2), V(1, "a"), V(1)]), hash(V(1)) == hash(V(1)))
try:
    V(1).a = 5
except FrozenInstanceError as e:
    print("frozen:", e)
@dataclass
class C(Point):
    z: float = 1.5
    def __post_init__(self):
        self.total = self.x + self.y
c = C(1, 2, z=3.0); print(c, c.total)
try:
    Point()
except TypeError as e:
    print(e)
