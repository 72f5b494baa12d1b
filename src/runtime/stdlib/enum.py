"""enum: enumerations (CPython 3.11's API and reprs): the EnumType metaclass that turns a class
body's names into members, Enum, IntEnum, StrEnum, ReprEnum, auto, unique and the functional
API Enum('Name', 'A B C'). Flag is not provided.
"""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'ReprEnum', 'auto', 'unique']


class auto:
    """A member value to be chosen by _generate_next_value_."""

    def __init__(self):
        self.value = None

    def __repr__(self):
        return f'auto({self.value!r})'


class _MappingProxy:
    # A read-only view of a class's members (what types.MappingProxyType shows).
    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def __repr__(self):
        return f'mappingproxy({self._mapping!r})'

    def __str__(self):
        return str(self._mapping)


def _is_descriptor(obj):
    t = type(obj)
    return (isinstance(obj, (property, staticmethod, classmethod, type(_lookup)))
            or hasattr(t, '__get__') or hasattr(t, '__set__') or hasattr(t, '__delete__'))


def _is_member_name(name, value, cls_name):
    if name.startswith('__') and name.endswith('__') or name[:1] == '_' and name[-1:] == '_' and len(name) > 2:
        return False
    if name.startswith(f'_{cls_name}__'):
        return False
    return not _is_descriptor(value)


def _lookup(bases, name):
    for base in bases:
        for klass in base.__mro__:
            if name in klass.__dict__:
                return klass.__dict__[name]
    return None


def _member_type(bases):
    # The data type members are also instances of (int for IntEnum), or object.
    for base in bases:
        for klass in base.__mro__:
            if klass is object or isinstance(klass, EnumType):
                continue
            return klass
    return object


class EnumType(type):
    """The metaclass of enumerations: iterating, indexing and calling the class find members."""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f"<enum {cls!r}> cannot extend {base!r}")
        names = [k for k, v in classdict.items() if _is_member_name(k, v, cls)]
        gen = classdict.get('_generate_next_value_') or _lookup(bases, '_generate_next_value_')
        if isinstance(gen, staticmethod):
            gen = gen.__func__
        values = []
        for i, name in enumerate(names):
            value = classdict[name]
            if isinstance(value, auto):
                value.value = gen(name, 1, i, values[:]) if gen else i + 1
                value = value.value
            values.append(value)
        ns = {k: v for k, v in classdict.items() if k not in names}
        custom_new = None
        if any(isinstance(b, EnumType) for b in bases):
            # A __new__ in an enumeration's body makes its members; Enum.__new__ looks them up.
            custom_new = ns.pop('__new__', None) or _lookup(bases, '__new_member__')
        ns['__new_member__'] = custom_new
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        member_type = _member_type(bases)
        enum_class._member_type_ = member_type
        for name, value in zip(names, values):
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            if custom_new is not None:
                member = custom_new(enum_class, *args)
            elif member_type is object:
                member = object.__new__(enum_class)
            else:
                member = member_type.__new__(enum_class, *args)
            if not hasattr(member, '_value_'):
                member._value_ = value if member_type is object else member_type(*args)
            value = member._value_
            member._name_ = name
            member.__objclass__ = enum_class
            member.__init__(*args)
            for other in enum_class._member_map_.values():
                if other._value_ == value:
                    member = other
                    break
            else:
                enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_.setdefault(value, member)
            except TypeError:
                pass
            type.__setattr__(enum_class, name, member)
        enum_bases = [b for b in bases if isinstance(b, EnumType)]
        if enum_bases:
            # Enum's lookup __new__ and reprs win over the data type's (int's) ones.
            first_enum = enum_bases[-1]
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name not in classdict:
                    found = getattr(enum_class, name)
                    if found is getattr(object, name, None) or found is getattr(member_type, name, None):
                        type.__setattr__(enum_class, name, getattr(first_enum, name))
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            names = [(n, start + i) for i, n in enumerate(names)]
        elif isinstance(names, dict):
            names = names.items()
        classdict = {'__module__': module or '__main__', '__qualname__': qualname or class_name}
        for item in names:
            classdict[item[0]] = item[1]
        metacls = cls.__class__
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (
                type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __repr__(cls):
        return f'<enum {cls.__name__!r}>'

    @property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Base class of enumerations: class Color(Enum): RED = 1."""

    _member_names_ = []
    _member_map_ = {}
    _value2member_map_ = {}

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        raise TypeError(f"error in {cls.__name__}._missing_: returned {result!r} instead of None or a valid member")

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._member_type_.__repr__ if self.__class__._member_type_ is not object else repr
        return f'<{self.__class__.__name__}.{self._name_}: {v_repr(self._value_)}>'

    def __str__(self):
        return f'{self.__class__.__name__}.{self._name_}'

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """An Enum whose str() and format() are those of its data type (IntEnum prints 1)."""

    def __init_subclass__(cls, **kwds):
        super().__init_subclass__(**kwds)
        data_type = _member_type(cls.__bases__)
        if data_type is not object:
            cls.__str__ = _data_str
            cls.__format__ = _data_format


def _data_str(self):
    return str(self._value_)


def _data_format(self, format_spec):
    return format(self._value_, format_spec)


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are also strs; auto() gives the lower-cased name."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items() if name != member.name]
    if duplicates:
        alias_details = ', '.join(f'{alias} -> {name}' for alias, name in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: {alias_details}')
    return enumeration
