"""functools: higher-order helpers (CPython's API): partial, reduce, wraps, lru_cache, cache,
total_ordering, cmp_to_key, cached_property, singledispatch-free.

The lru_cache is guarded by a lock so threads may share a cached function.
"""

import _thread

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES', 'total_ordering',
           'cache', 'cmp_to_key', 'lru_cache', 'reduce', 'partial', 'cached_property']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        try:
            getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
        except AttributeError:
            pass
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorating(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorating


_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    """partial(func, *args, **keywords): func with some arguments fixed."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend(f"{k}={v!r}" for (k, v) in self.keywords.items())
        return f"functools.partial({', '.join(args)})"


def cmp_to_key(mycmp):
    class K:
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


def total_ordering(cls):
    """Fills in the missing rich comparisons from __eq__ and one of __lt__/__le__/__gt__/__ge__."""
    defined = [op for op in ('__lt__', '__le__', '__gt__', '__ge__') if op in cls.__dict__]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = defined[0]

    def from_lt():
        return {
            '__gt__': lambda self, other: _not_op_and_not_eq(self.__lt__, self, other),
            '__le__': lambda self, other: _op_or_eq(self.__lt__, self, other),
            '__ge__': lambda self, other: _not_op(self.__lt__, other),
        }

    def from_le():
        return {
            '__ge__': lambda self, other: _not_op_or_eq(self.__le__, self, other),
            '__lt__': lambda self, other: _op_and_not_eq(self.__le__, self, other),
            '__gt__': lambda self, other: _not_op(self.__le__, other),
        }

    def from_gt():
        return {
            '__lt__': lambda self, other: _not_op_and_not_eq(self.__gt__, self, other),
            '__ge__': lambda self, other: _op_or_eq(self.__gt__, self, other),
            '__le__': lambda self, other: _not_op(self.__gt__, other),
        }

    def from_ge():
        return {
            '__le__': lambda self, other: _not_op_or_eq(self.__ge__, self, other),
            '__gt__': lambda self, other: _op_and_not_eq(self.__ge__, self, other),
            '__lt__': lambda self, other: _not_op(self.__ge__, other),
        }

    table = {'__lt__': from_lt, '__le__': from_le, '__gt__': from_gt, '__ge__': from_ge}
    for opname, opfunc in table[root]().items():
        if opname not in defined:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


def _not_op(op, other):
    result = op(other)
    if result is NotImplemented:
        return result
    return not result


def _op_or_eq(op, self, other):
    result = op(other)
    if result is NotImplemented:
        return result
    return result or self == other


def _not_op_and_not_eq(op, self, other):
    result = op(other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _not_op_or_eq(op, self, other):
    result = op(other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _op_and_not_eq(op, self, other):
    result = op(other)
    if result is NotImplemented:
        return result
    return result and self != other


class _CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % tuple(self)


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in {int, str}:
        return key[0]
    return key


_kwd_mark = (object(),)


def lru_cache(maxsize=128, typed=False):
    """Memoizes a function; keeps at most maxsize results (None: unbounded)."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_cache_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)
    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    cache = {}
    order = []
    stats = [0, 0]
    lock = _thread.RLock()

    def wrapper(*args, **kwds):
        key = _make_key(args, kwds, typed)
        with lock:
            if key in cache:
                stats[0] += 1
                if maxsize is not None:
                    order.remove(key)
                    order.append(key)
                return cache[key]
            stats[1] += 1
        result = user_function(*args, **kwds)
        with lock:
            if maxsize == 0:
                return result
            if key not in cache:
                cache[key] = result
                if maxsize is not None:
                    order.append(key)
                    if len(order) > maxsize:
                        oldest = order.pop(0)
                        del cache[oldest]
        return result

    def cache_info():
        with lock:
            return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        with lock:
            cache.clear()
            order.clear()
            stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    return lru_cache(maxsize=None)(user_function)


_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        cache = instance.__dict__
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            cache[self.attrname] = val
        return val
