"""dataclasses: @dataclass generating __init__, __repr__, __eq__ (and ordering, frozen,
__hash__) from class annotations, like CPython: the methods are generated as source and
exec'd, so their signatures and error messages are ordinary Python ones.
"""

import sys as _sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'MISSING', 'fields',
           'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    def __repr__(self):
        return 'MISSING'


MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class InitVar:
    def __init__(self, type):
        self.type = type


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = metadata if metadata is not None else {}
        self.kw_only = kw_only

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,'
                'compare=%r,metadata=%r,kw_only=%r,_field_type=_FIELD)' %
                (self.name, self.type, self.default, self.default_factory, self.init, self.repr,
                 self.hash, self.compare, self.metadata, self.kw_only))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


def _create_fn(name, args, body, globals_, qualname):
    body = body or ['pass']
    src = 'def %s(%s):\n%s\n' % (name, ', '.join(args), '\n'.join('    ' + b for b in body))
    ns = {}
    exec(src, globals_, ns)
    fn = ns[name]
    fn.__qualname__ = qualname + '.' + name
    return fn


def _is_classvar(annotation):
    # typing.ClassVar[...] (or its string form) marks a class attribute, not a field.
    typing = _sys.modules.get('typing')
    if isinstance(annotation, str):
        return typing is not None and annotation.startswith(('ClassVar', 'typing.ClassVar'))
    return typing is not None and (annotation is typing.ClassVar or
                                   getattr(annotation, '__origin__', None) is typing.ClassVar)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen):
    fields = {}
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            for f in base_fields.values():
                fields[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    for name, type_ in annotations.items():
        if _is_classvar(type_):
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = type_
        if isinstance(f.default, (list, dict, set)):
            raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: use default_factory')
        fields[name] = f
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    setattr(cls, _FIELDS, fields)
    qual = cls.__qualname__
    globals_ = {'MISSING': MISSING, '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
                'FrozenInstanceError': FrozenInstanceError, '__dataclass_builtins_object__': object}
    all_fields = list(fields.values())
    if init:
        args = ['self']
        body = []
        seen_default = False
        for f in all_fields:
            if not f.init:
                if f.default_factory is not MISSING:
                    globals_['_dflt_' + f.name] = f.default_factory
                    value = '_dflt_%s()' % f.name
                elif f.default is not MISSING:
                    globals_['_dflt_' + f.name] = f.default
                    value = '_dflt_%s' % f.name
                else:
                    continue
            else:
                if f.default_factory is not MISSING:
                    globals_['_dflt_' + f.name] = f.default_factory
                    args.append('%s=_HAS_DEFAULT_FACTORY' % f.name)
                    value = '_dflt_%s() if %s is _HAS_DEFAULT_FACTORY else %s' % (f.name, f.name, f.name)
                    seen_default = True
                elif f.default is not MISSING:
                    globals_['_dflt_' + f.name] = f.default
                    args.append('%s=_dflt_%s' % (f.name, f.name))
                    value = f.name
                    seen_default = True
                else:
                    if seen_default:
                        raise TypeError(f'non-default argument {f.name!r} follows default argument')
                    args.append(f.name)
                    value = f.name
            if frozen:
                body.append('__dataclass_builtins_object__.__setattr__(self, %r, %s)' % (f.name, value))
            else:
                body.append('self.%s = %s' % (f.name, value))
        if hasattr(cls, '__post_init__'):
            body.append('self.__post_init__()')
        cls.__init__ = _create_fn('__init__', args, body, globals_, qual)
    if repr:
        parts = ', '.join('%s=%%r' % f.name for f in all_fields if f.repr)
        vals = ', '.join('self.%s' % f.name for f in all_fields if f.repr)
        body = ['return self.__class__.__qualname__ + "(%s)" %% (%s%s)' % (parts, vals, ',' if vals else '')]
        if '__repr__' not in cls.__dict__:
            cls.__repr__ = _create_fn('__repr__', ['self'], body, globals_, qual)
    cmp_fields = [f for f in all_fields if f.compare]
    tup = '(%s%s)' % (', '.join('self.%s' % f.name for f in cmp_fields), ',' if cmp_fields else '')
    otup = '(%s%s)' % (', '.join('other.%s' % f.name for f in cmp_fields), ',' if cmp_fields else '')
    if eq and '__eq__' not in cls.__dict__:
        cls.__eq__ = _create_fn('__eq__', ['self', 'other'],
                                ['if other.__class__ is self.__class__:',
                                 '    return %s == %s' % (tup, otup),
                                 'return NotImplemented'], globals_, qual)
    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if name in cls.__dict__:
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. Consider using functools.total_ordering')
            setattr(cls, name, _create_fn(name, ['self', 'other'],
                                          ['if other.__class__ is self.__class__:',
                                           '    return %s %s %s' % (tup, op, otup),
                                           'return NotImplemented'], globals_, qual))
    if frozen:
        cls.__setattr__ = _create_fn('__setattr__', ['self', 'name', 'value'],
                                     ['raise FrozenInstanceError(f"cannot assign to field {name!r}")'], globals_, qual)
        cls.__delattr__ = _create_fn('__delattr__', ['self', 'name'],
                                     ['raise FrozenInstanceError(f"cannot delete field {name!r}")'], globals_, qual)
    has_own_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    if unsafe_hash or (eq and frozen):
        if not has_own_hash or unsafe_hash:
            cls.__hash__ = _create_fn('__hash__', ['self'], ['return hash(%s)' % tup], globals_, qual)
    elif eq and not has_own_hash:
        cls.__hash__ = None
    setattr(cls, _PARAMS, (init, repr, eq, order, unsafe_hash, frozen))
    cls.__match_args__ = tuple(f.name for f in all_fields if f.init)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fs = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(fs.values())


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _asdict_inner(obj, dict_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return obj


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return tuple_factory(_asdict_inner(getattr(obj, f.name), dict) for f in fields(obj))


def replace(obj, /, **changes):
    for f in fields(obj):
        if f.init and f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields_, *, bases=(), namespace=None, **kwargs):
    ns = dict(namespace or {})
    annotations = {}
    for item in fields_:
        if isinstance(item, str):
            annotations[item] = 'typing.Any'
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            ns[item[0]] = item[2]
    ns['__annotations__'] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **kwargs)
