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


class _EnumDict(dict):
    # The class body's namespace: records member names in order and resolves auto() at once.
    def __init__(self, cls_name, generate):
        super().__init__()
        self._cls_name = cls_name
        self._generate = generate
        self._member_names = []
        self._last_values = []
        self._auto_called = False

    def __setitem__(self, key, value):
        if key == '_generate_next_value_':
            if self._auto_called:
                raise TypeError("_generate_next_value_ must be defined before members")
            self._generate = value.__func__ if isinstance(value, staticmethod) else value
        elif _is_member_name(key, value, self._cls_name):
            if key in self:
                raise TypeError(f'{key!r} already defined as {self[key]!r}')
            if isinstance(value, auto):
                if value.value is None:
                    value.value = self._generate(key, 1, len(self._member_names), self._last_values[:])
                    self._auto_called = True
                value = value.value
            self._member_names.append(key)
            self._last_values.append(value)
        elif key in self._member_names:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        super().__setitem__(key, value)


def _is_single_bit(v):
    return v > 0 and v & (v - 1) == 0


class EnumType(type):
    """The metaclass of enumerations: iterating, indexing and calling the class find members."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f"<enum {cls!r}> cannot extend {base!r}")
        gen = _lookup(bases, '_generate_next_value_')
        return _EnumDict(cls, gen.__func__ if isinstance(gen, staticmethod) else gen)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        names = classdict._member_names
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
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag or boundary is not None:
            enum_class._boundary_ = boundary or getattr(enum_class, '_boundary_', None)
        for name in names:
            value = classdict[name]
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
            member._sort_order_ = len(enum_class._member_names_)
            member.__init__(*args)
            for other in enum_class._member_map_.values():
                if other._value_ == value:
                    member = other
                    break
            else:
                if not is_flag or _is_single_bit(value):
                    enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_.setdefault(value, member)
            except TypeError:
                pass
            type.__setattr__(enum_class, name, member)
        if is_flag:
            values = [enum_class._member_map_[n]._value_ for n in enum_class._member_names_]
            mask = 0
            for v in values:
                mask |= v
            enum_class._flag_mask_ = mask
            enum_class._all_bits_ = 2 ** mask.bit_length() - 1
            if values != sorted(values):
                enum_class._iter_member_ = enum_class._iter_member_by_def_
            # Flag's operators win over a data type's (int's |, &, ^, ~).
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                if op not in classdict:
                    type.__setattr__(enum_class, op, Flag.__dict__[op])
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
        metacls = cls.__class__
        classdict = metacls.__prepare__(class_name, bases)
        classdict['__module__'] = module or '__main__'
        classdict['__qualname__'] = qualname or class_name
        for item in names:
            classdict[item[0]] = item[1]
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
        if Flag is not None and issubclass(cls, Flag):
            return f'<flag {cls.__name__!r}>'
        return f'<enum {cls.__name__!r}>'

    @property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)


EnumMeta = EnumType
Flag = None


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


STRICT, CONFORM, EJECT, KEEP = 'strict', 'conform', 'eject', 'keep'


def _bin(num, max_bits):
    # CPython's enum.bin: two's complement digits after a sign group ('0b0 0111').
    ceiling = 2 ** num.bit_length()
    s = bin(num + ceiling).replace('1', '0', 1) if num >= 0 else bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = s[:3], s[3:]
    if len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return f'{sign} {digits}'


class Flag(Enum, boundary=STRICT):
    """Members combine with |, & and ^ into flags: Perm.R | Perm.W is <Perm.R|W: 6>."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        return 2 ** max(last_values).bit_length()

    @classmethod
    def _iter_member_by_value_(cls, value):
        while value:
            bit = value & -value
            member = cls._value2member_map_.get(bit)
            if member is not None:
                yield member
            value ^= bit

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        flag_mask, all_bits = cls._flag_mask_, cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(f"{cls!r} invalid value {value!r}\n    given {_bin(value, max_bits)}\n"
                                 f"  allowed {_bin(flag_mask, max_bits)}")
            if cls._boundary_ is CONFORM:
                value &= flag_mask
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        pseudo_member._value_ = value
        if member_value or unknown:
            pseudo_member._name_ = '|'.join(m._name_ for m in cls._iter_member_(member_value))
            if unknown:
                pseudo_member._name_ += ('|' if member_value else '') + cls._numeric_repr_(unknown)
        else:
            pseudo_member._name_ = None
        if not unknown:
            pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
            if neg_value is not None:
                cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __repr__(self):
        v_repr = self._member_type_.__repr__ if self._member_type_ is not object else repr
        if self._name_ is None:
            return f'<{self.__class__.__name__}: {v_repr(self._value_)}>'
        return f'<{self.__class__.__name__}.{self._name_}: {v_repr(self._value_)}>'

    def __str__(self):
        if self._name_ is None:
            return f'{self.__class__.__name__}({self._value_!r})'
        return f'{self.__class__.__name__}.{self._name_}'

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return bin(self._value_).count('1')

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._operand(other)
        return other if other is NotImplemented else self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._operand(other)
        return other if other is NotImplemented else self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._operand(other)
        return other if other is NotImplemented else self.__class__(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._boundary_ is KEEP:
            return self.__class__(~self._value_)
        return self.__class__(self._flag_mask_ ^ self._value_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are also ints."""
