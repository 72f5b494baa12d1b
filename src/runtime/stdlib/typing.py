"""typing: the names of type annotations (CPython 3.11's API and reprs): special forms, generic
aliases of the builtin and collections classes, TypeVar, Generic, Protocol, NamedTuple,
TypedDict, cast, overload and get_type_hints. Annotations are never checked at run time.
"""

import collections
import collections.abc as _cabc
import contextlib as _contextlib
import sys as _sys

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    if arg in (Any, NoReturn, Never, Self, LiteralString, TypeAlias):
        return arg
    if isinstance(arg, _SpecialForm) or arg is Generic or arg is Protocol:
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple or not (callable(arg) or isinstance(arg, (_Final, TypeVar))) and arg is not ...:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _collect_parameters(args):
    params = []
    for t in args:
        if isinstance(t, TypeVar):
            if t not in params:
                params.append(t)
        else:
            for p in getattr(t, '__parameters__', ()):
                if isinstance(p, TypeVar) and p not in params:
                    params.append(p)
    return tuple(params)


class _Final:
    """Base of typing's own objects: annotations that are not classes."""

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ForwardRef(_Final):
    def __init__(self, arg):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


class _SpecialForm(_Final):
    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, params)

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


class _AnyType(_SpecialForm):
    def __call__(self, *args, **kwds):
        raise TypeError("Any cannot be instantiated")


Any = _AnyType('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')


def _one_type(self, params):
    return _GenericAlias(self, (_type_check(params, f'{self._name} accepts only single type.'),))


ClassVar = _SpecialForm('ClassVar', _one_type)
Final = _SpecialForm('Final', _one_type)


def _union(self, params):
    if params == ():
        raise TypeError("Cannot take a Union of no types.")
    args = []
    for p in _tuple(params):
        p = _type_check(p, "Union[arg, ...]: each arg must be a type.")
        for a in (p.__args__ if isinstance(p, _UnionGenericAlias) else (p,)):
            if a not in args:
                args.append(a)
    if len(args) == 1:
        return args[0]
    return _UnionGenericAlias(self, tuple(args))


def _optional(self, params):
    if isinstance(params, tuple):
        raise TypeError(f"typing.Optional requires a single type. Got {params!r:.100}.")
    return Union[_type_check(params, "Optional[t] requires a single type."), None]


def _literal(self, params):
    args = []
    for p in _tuple(params):
        if p not in args:
            args.append(p)
    return _LiteralGenericAlias(self, tuple(args))


def _concatenate(self, params):
    params = _tuple(params)
    if not params:
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(params[-1], ParamSpec):
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable.")
    return _GenericAlias(self, tuple(_type_check(p, "Concatenate[arg, ...]: each arg must be a type.") for p in params[:-1]) + params[-1:])


TypeGuard = _SpecialForm('TypeGuard', _one_type)
Concatenate = _SpecialForm('Concatenate', _concatenate)
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
Literal = _SpecialForm('Literal', _literal)


class _GenericAlias(_Final):
    """origin[args]: List[int], Dict[str, int], Stack[int], ClassVar[int]."""

    def __init__(self, origin, args, inst=True, name=None):
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self._inst = inst
        self._name = name

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        args = ', '.join(_type_repr(a) for a in self.__args__) if self.__args__ else '()'
        return f'{name}[{args}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __getitem__(self, params):
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        params = _tuple(params)
        if len(params) != len(self.__parameters__):
            many = 'many' if len(params) > len(self.__parameters__) else 'few'
            raise TypeError(f"Too {many} arguments for {self}; actual {len(params)}, expected {len(self.__parameters__)}")
        subst = dict(zip(self.__parameters__, params))
        return self.copy_with(tuple(_subst(a, subst) for a in self.__args__))

    def copy_with(self, args):
        return type(self)(self.__origin__, args, self._inst, self._name)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAlias) and b is not self:
                    return ()
            return (Generic,)
        return _mro_entries(self, bases)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__') or attr in ('_name', '_inst'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


def _subst(arg, subst):
    if isinstance(arg, TypeVar):
        return subst.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg.copy_with(tuple(_subst(a, subst) for a in arg.__args__))
    return arg


def _mro_entries(alias, bases):
    res = []
    if alias.__origin__ not in bases:
        res.append(alias.__origin__)
    i = bases.index(alias)
    for b in bases[i + 1:]:
        if isinstance(b, (_GenericAlias, _SpecialGenericAlias)) or isinstance(b, type) and issubclass(b, Generic):
            break
    else:
        res.append(Generic)
    return tuple(res)


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            return f'typing.Optional[{_type_repr(args[1] if args[0] is type(None) else args[0])}]'
        return _GenericAlias.__repr__(self)

    def __eq__(self, other):
        # Unions and Literals compare their arguments as sets.
        if type(other) is not type(self):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def copy_with(self, args):
        return Union[args]

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, arg) for arg in self.__args__)


class _LiteralGenericAlias(_GenericAlias):
    def __repr__(self):
        return f"typing.Literal[{', '.join(repr(a) for a in self.__args__)}]"

    __eq__ = _UnionGenericAlias.__eq__
    __hash__ = _UnionGenericAlias.__hash__


def _is_param_expr(arg):
    return arg is ... or isinstance(arg, ParamSpec) or isinstance(arg, _GenericAlias) and arg.__origin__ is Concatenate


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return _GenericAlias.__repr__(self)
        params = ', '.join(_type_repr(a) for a in args[:-1])
        return f'typing.Callable[[{params}], {_type_repr(args[-1])}]'

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, True, 'Callable')


class _SpecialGenericAlias(_Final):
    """The bare alias of a class: List, Dict, Iterable; subscripting it gives a _GenericAlias."""

    def __init__(self, origin, nparams, name, inst=True, check=None):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst
        self._check = check

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        params = tuple(_type_check(p, "Parameters to generic types must be types.") for p in _tuple(params))
        if len(params) != self._nparams:
            many = 'many' if len(params) > self._nparams else 'few'
            raise TypeError(f"Too {many} arguments for {self}; actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, self._inst, self._name)

    def __call__(self, *args, **kwargs):
        return _GenericAlias.__call__(self, *args, **kwargs)

    def __mro_entries__(self, bases):
        return _mro_entries(self, bases)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__') or attr in ('_name', '_inst', '_check'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if issubclass(cls, self.__origin__):
            return True
        return self._check is not None and self._check(cls)


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            args = tuple(_type_check(a, "Callable[[arg, ...], result]: each arg must be a type.") for a in args)
        else:
            args = (args,)
        return _CallableGenericAlias(self.__origin__, args + (_type_check(result, "Callable[args, result]: result must be a type."),), True, 'Callable')

    def __instancecheck__(self, obj):
        return callable(obj)


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), True, 'Tuple')
        params = _tuple(params)
        if len(params) == 2 and params[1] is ...:
            return _GenericAlias(tuple, (_type_check(params[0], "Tuple[t, ...]: t must be a type."), ...), True, 'Tuple')
        return _GenericAlias(tuple, tuple(_type_check(p, "Tuple[t0, t1, ...]: each t must be a type.") for p in params), True, 'Tuple')


def _abc(name, nparams, abc_name=None):
    return _SpecialGenericAlias(getattr(_cabc, abc_name or name), nparams, name)


def _has_enter_exit(cls):
    return all(any(m in b.__dict__ for b in cls.__mro__) for m in ('__enter__', '__exit__'))


Hashable = _abc('Hashable', 0)
Sized = _abc('Sized', 0)
Container = _abc('Container', 1)
Iterable = _abc('Iterable', 1)
Iterator = _abc('Iterator', 1)
Reversible = _abc('Reversible', 1)
Generator = _abc('Generator', 3)
Collection = _abc('Collection', 1)
Callable = _CallableType(_cabc.Callable, 2, 'Callable')
AbstractSet = _abc('AbstractSet', 1, 'Set')
MutableSet = _abc('MutableSet', 1)
Mapping = _abc('Mapping', 2)
MutableMapping = _abc('MutableMapping', 2)
Sequence = _abc('Sequence', 1)
MutableSequence = _abc('MutableSequence', 1)
KeysView = _abc('KeysView', 1)
ValuesView = _abc('ValuesView', 1)
ItemsView = _abc('ItemsView', 2)
Awaitable = _abc('Awaitable', 1)
Coroutine = _abc('Coroutine', 3)
AsyncIterable = _abc('AsyncIterable', 1)
AsyncIterator = _abc('AsyncIterator', 1)
AsyncGenerator = _abc('AsyncGenerator', 2)
ContextManager = _SpecialGenericAlias(_contextlib.AbstractContextManager, 1, 'ContextManager', True, _has_enter_exit)

Tuple = _TupleType(tuple, -1, 'Tuple', False)
List = _SpecialGenericAlias(list, 1, 'List', False)
Dict = _SpecialGenericAlias(dict, 2, 'Dict', False)
Set = _SpecialGenericAlias(set, 1, 'Set', False)
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet', False)
Type = _SpecialGenericAlias(type, 1, 'Type', False)
Deque = _SpecialGenericAlias(collections.deque, 1, 'Deque')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2, 'OrderedDict')
Counter = _SpecialGenericAlias(collections.Counter, 1, 'Counter')
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2, 'ChainMap')
Text = str


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(_type_check(t, "TypeVar(name, constraint, ...): constraints must be types.") for t in constraints)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
        self.__module__ = '__main__'

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVar")


class _ParamSpecPart(_Final):
    def __init__(self, origin, kind):
        self.__origin__ = origin
        self._kind = kind

    def __repr__(self):
        return f'{self.__origin__.__name__}.{self._kind}'


class ParamSpec(_Final):
    """The parameters of a callable: Callable[P, int]; P.args and P.kwargs annotate *args, **kwargs."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__module__ = '__main__'
        self.args = _ParamSpecPart(self, 'args')
        self.kwargs = _ParamSpecPart(self, 'kwargs')

    __repr__ = TypeVar.__repr__


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        _GenericAlias.__init__(self, origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        return f"typing.Annotated[{_type_repr(self.__origin__)}, {', '.join(repr(a) for a in self.__metadata__)}]"

    def copy_with(self, args):
        return _AnnotatedAlias(args[0], self.__metadata__)

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


class Annotated:
    """Annotated[T, x]: the type T with context-specific metadata x."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
        return _AnnotatedAlias(_type_check(params[0], "Annotated[t, ...]: t must be a type."), tuple(params[1:]))


class Generic:
    """Abstract base class for generic types: class Stack(Generic[T])."""

    def __class_getitem__(cls, params):
        params = tuple(_type_check(p, "Parameters to generic types must be types.") for p in _tuple(params))
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(isinstance(p, TypeVar) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            n = len(cls.__dict__.get('__parameters__', ()))
            if n == 0:
                raise TypeError(f"{cls} is not a generic class")
            if len(params) != n:
                many = 'many' if len(params) > n else 'few'
                raise TypeError(f"Too {many} arguments for {cls}; actual {len(params)}, expected {n}")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        gvars = None
        for base in cls.__dict__.get('__orig_bases__', ()):
            if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                if gvars is not None:
                    raise TypeError("Cannot inherit from Generic[...] multiple times.")
                gvars = base.__parameters__
            for p in getattr(base, '__parameters__', ()) if isinstance(base, _GenericAlias) else ():
                if p not in tvars:
                    tvars.append(p)
        if gvars is not None:
            missing = [t for t in tvars if t not in gvars]
            if missing:
                s = ', '.join(str(t) for t in missing)
                raise TypeError(f"Some type variables ({s}) are not listed in Generic[{', '.join(str(g) for g in gvars)}]")
            tvars = gvars
        cls.__parameters__ = tuple(tvars)


_EXCLUDED_ATTRIBUTES = frozenset({
    '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol', '_is_runtime_protocol',
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__', '__new__',
    '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__', '__qualname__'})


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        for attr in list(base.__dict__) + list(base.__dict__.get('__annotations__', {})):
            if not attr.startswith('_abc_') and attr not in _EXCLUDED_ATTRIBUTES:
                attrs.add(attr)
    return attrs


def _is_protocol_class(cls):
    if not cls.__dict__.get('_is_protocol', False):
        return False
    if not cls.__dict__.get('_is_runtime_protocol', False):
        raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
    return True


class _ProtocolMeta(type):
    # isinstance() against a @runtime_checkable protocol checks the members structurally.
    def __instancecheck__(cls, instance):
        if _is_protocol_class(cls):
            if all(hasattr(instance, attr) and (not callable(getattr(cls, attr, None)) or getattr(instance, attr) is not None)
                   for attr in _get_protocol_attrs(cls)):
                return True
        return type.__subclasscheck__(cls, type(instance))

    def __subclasscheck__(cls, other):
        if _is_protocol_class(cls):
            attrs = _get_protocol_attrs(cls)
            if not all(callable(getattr(cls, attr, None)) for attr in attrs):
                raise TypeError("Protocols with non-method members don't support issubclass()")
            return all(any(attr in b.__dict__ and b.__dict__[attr] is not None for b in other.__mro__) for attr in attrs)
        return type.__subclasscheck__(cls, other)

    def __call__(cls, *args, **kwargs):
        if cls.__dict__.get('_is_protocol', False):
            raise TypeError('Protocols cannot be instantiated')
        return super().__call__(*args, **kwargs)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class of structural types: class SupportsClose(Protocol): def close(self): ..."""
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        cls._is_protocol = any(b is Protocol for b in cls.__bases__)


AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'


def runtime_checkable(cls):
    if not issubclass(cls, Generic) or not cls.__dict__.get('_is_protocol', False):
        raise TypeError(f'@runtime_checkable can be only applied to protocol classes, got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


def _supports(name, method):
    proto = _ProtocolMeta(name, (Protocol,), {'__module__': 'typing', '__slots__': (),
                                             method: lambda self: None})
    proto.__dict__[method].__isabstractmethod__ = True
    return runtime_checkable(proto)


SupportsInt = _supports('SupportsInt', '__int__')
SupportsFloat = _supports('SupportsFloat', '__float__')
SupportsIndex = _supports('SupportsIndex', '__index__')
SupportsAbs = _supports('SupportsAbs', '__abs__')
SupportsRound = _supports('SupportsRound', '__round__')
SupportsBytes = _supports('SupportsBytes', '__bytes__')


class IO(Generic[AnyStr]):
    """The generic type of file objects (open() and sys.stdout)."""
    __slots__ = ()


class TextIO(IO[str]):
    __slots__ = ()


class BinaryIO(IO[bytes]):
    __slots__ = ()


def cast(typ, val):
    return val


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def assert_never(arg):
    raise AssertionError(f"Expected code to be unreachable, but got: {arg!r:.100}")


def reveal_type(obj):
    print(f"Runtime type is {type(obj).__name__!r}", file=_sys.stderr)
    return obj


class NewType:
    def __init__(self, name, tp):
        self.__qualname__ = self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x


_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                         '_field_defaults', '_make', '_replace', '_asdict', '_source'})


class _NamedTupleMeta(type):
    # class P(NamedTuple): x: int — the class statement returns a collections.namedtuple.
    def __new__(cls, typename, bases, ns):
        types = {n: _type_check(t, "field annotation must be a type") for n, t in ns.get('__annotations__', {}).items()}
        default_names = []
        for name in types:
            if name in ns:
                default_names.append(name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} {', '.join(default_names)}")
        nm_tpl = collections.namedtuple(typename, types, defaults=[ns[n] for n in default_names],
                                        module=ns['__module__'])
        nm_tpl.__annotations__ = types
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in ('__module__', '__name__', '__annotations__') and key not in types:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


_NamedTuple = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {})


def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    types = {n: _type_check(t, "field annotation must be a type") for n, t in fields}
    nt = collections.namedtuple(typename, types, module='__main__')
    nt.__annotations__ = types
    return nt


NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


class _TypedDictMeta(type):
    # class Movie(TypedDict): name: str — a dict subclass whose calls make plain dicts.
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        own = {n: _type_check(t, "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type")
               for n, t in ns.get('__annotations__', {}).items()}
        ann, required, optional = {}, set(), set()
        for base in bases:
            ann.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        ann.update(own)
        (required if total else optional).update(own)
        tp_dict.__annotations__ = ann
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    return _TypedDictMeta(typename, (), {'__annotations__': dict(fields), '__module__': '__main__'}, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def _eval(t, globalns, localns):
    if isinstance(t, str):
        t = ForwardRef(t)
    if isinstance(t, ForwardRef):
        t = eval(t.__forward_arg__, globalns, localns)
        return type(None) if t is None else _eval(t, globalns, localns)
    if isinstance(t, _GenericAlias):
        args = tuple(_eval(a, globalns, localns) for a in t.__args__)
        if args != t.__args__:
            return t.copy_with(args)
    return type(None) if t is None else t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            g = globalns
            if g is None:
                mod = _sys.modules.get(base.__module__)
                g = mod.__dict__ if mod is not None else {}
            l = dict(vars(base)) if localns is None else localns
            for name, value in base.__dict__.get('__annotations__', {}).items():
                hints[name] = _eval(value, g, l)
        return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}
    ann = getattr(obj, '__annotations__', None)
    if ann is None:
        if isinstance(obj, (type(_sys), type(_eval))) or callable(obj):
            return {}
        raise TypeError(f"{obj!r} is not a module, class, method, or function.")
    if globalns is None:
        globalns = getattr(obj, '__globals__', None) or getattr(obj, '__dict__', {})
    hints = {name: _eval(value, globalns, localns) for name, value in ann.items()}
    return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and not isinstance(t, _LiteralGenericAlias):
        args = tuple(_strip_annotations(a) for a in t.__args__)
        if args != t.__args__:
            return t.copy_with(args)
    return t


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return Union if isinstance(tp, _UnionGenericAlias) else tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias) and not (len(tp.__args__) == 2 and _is_param_expr(tp.__args__[0])):
        return (list(tp.__args__[:-1]), tp.__args__[-1])
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return ()
