# metaclass patterns from tutorials: a plugin registry, abstract-method enforcement, an enum-like class, validated fields, metaclass properties with setters
class PluginMeta(type):
    registry = {}
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            PluginMeta.registry[ns.get("key", name.lower())] = cls

class Plugin(metaclass=PluginMeta):
    def run(self):
        return type(self).__name__ + " runs"

class CsvPlugin(Plugin):
    key = "csv"
class JsonPlugin(Plugin):
    pass
print(sorted(PluginMeta.registry), PluginMeta.registry["csv"]().run(), PluginMeta.registry["jsonplugin"]().run())


def abstract(f):
    f.is_abstract = True
    return f

class AbstractMeta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        missing = set()
        for klass in cls.__mro__:
            for k, v in vars(klass).items():
                if getattr(v, "is_abstract", False) and getattr(cls, k) is v:
                    missing.add(k)
        cls.missing = frozenset(missing)
        return cls
    def __call__(cls, *args, **kwargs):
        if cls.missing:
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract methods {', '.join(sorted(cls.missing))}")
        return super().__call__(*args, **kwargs)

class Shape(metaclass=AbstractMeta):
    @abstract
    def area(self): ...
    @abstract
    def name(self): ...
    def describe(self):
        return f"{self.name()} of area {self.area()}"

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def name(self):
        return "square"

class Half(Shape):
    def name(self):
        return "half"

for k in (Shape, Half, Square):
    try:
        print(k(3).describe() if k is Square else k())
    except TypeError as e:
        print("TypeError:", e)


class EnumMeta(type):
    def __new__(mcs, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and not callable(v)}
        cls = super().__new__(mcs, name, bases, ns)
        cls._members = members
        return cls
    def __iter__(cls):
        return iter(cls._members.items())
    def __len__(cls):
        return len(cls._members)
    def __contains__(cls, value):
        return value in cls._members.values()
    def __getitem__(cls, name):
        return cls._members[name]

class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
    BLUE = 3
    def helper(self):
        pass

print(list(Color), len(Color), 2 in Color, 7 in Color, Color["BLUE"], Color.RED)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)


class Field:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__[self.name]
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        obj.__dict__[self.name] = value

class ModelMeta(type):
    def __new__(mcs, name, bases, ns):
        fields = [k for k, v in ns.items() if isinstance(v, Field)]
        ns["_fields"] = tuple(fields)
        return super().__new__(mcs, name, bases, ns)
    @property
    def field_count(cls):
        return len(cls._fields)
    @property
    def label(cls):
        return getattr(cls, "_label", cls.__name__)
    @label.setter
    def label(cls, value):
        cls._label = value.upper()

class Model(metaclass=ModelMeta):
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
    def __repr__(self):
        return type(self).__name__ + "(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields) + ")"

class User(Model):
    name = Field(str)
    age = Field(int)

u = User(name="ann", age=3)
print(u, User._fields, User.field_count, Model.field_count, User.label)
User.label = "person"
print(User.label, User._label, "label" in vars(User))
try:
    User(name=5)
except TypeError as e:
    print("TypeError:", e)
try:
    del User.label
except AttributeError as e:
    print("AttributeError:", e)


# super().__setattr__ from a metaclass's __setattr__ reaches type.__setattr__ (dunders update the class)
class Frozen(type):
    def __setattr__(cls, name, value):
        if getattr(cls, "_frozen", False):
            raise AttributeError(f"{cls.__name__} is frozen")
        super().__setattr__(name, value)

class Point(metaclass=Frozen):
    x = 0
Point.__repr__ = lambda self: "<Point>"
print(repr(Point()))
Point._frozen = True
try:
    Point.x = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Point.x, type.__setattr__ is not object.__setattr__)
try:
    object.__setattr__(Point, "y", 1)
except TypeError as e:
    print("TypeError:", e)

# a metaclass __new__ that returns something else
class Weird(type):
    def __new__(mcs, name, bases, ns):
        return 42
class NotAClass(metaclass=Weird):
    pass
print(NotAClass)

# class attributes through the metaclass's __getattr__ and counters on the class
class Counted(type):
    def __call__(cls, *a, **k):
        cls.made += 1
        return super().__call__(*a, **k)
class Job(metaclass=Counted):
    made = 0
for _ in range(3):
    Job()
print(Job.made, Counted.__call__.__name__, type(Job).__call__ is Counted.__call__)
print(type.mro(Counted), [c.__name__ for c in type(Job).__mro__])
