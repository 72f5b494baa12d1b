"""copy: shallow and deep copies (CPython's API): copy, deepcopy with a memo dict,
__copy__/__deepcopy__ hooks, __reduce_ex__-free instance copying through __dict__.
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, str, bytes, type, range, type(Ellipsis), type(NotImplemented),
           type(len), type(lambda: None), property)


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _atomic or cls is tuple or cls is frozenset or issubclass(cls, type):
        return x
    if cls in (list, dict, set):
        return cls.copy(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, None)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id(original) to its copy, so shared and cyclic parts stay so."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(x, items)) else tuple(items)
    elif cls is frozenset:
        y = frozenset([deepcopy(item, memo) for item in x])
    elif cls is set:
        y = set()
        memo[d] = y
        for item in x:
            y.add(deepcopy(item, memo))
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, deepcopy)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # The memo keeps every original alive while copying, so their ids stay unique.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, copier):
    # A new instance of x's class without calling __init__, then its state and its items
    # (a list or dict subclass) copied over.
    cls = type(x)
    if not hasattr(x, '__dict__') and not isinstance(x, (list, dict, set)):
        name = cls.__qualname__ if cls.__module__ in ('builtins', '__main__') else f'{cls.__module__}.{cls.__qualname__}'
        raise TypeError(f"cannot pickle '{name}' object")
    if hasattr(cls, '__getnewargs__'):
        args = x.__getnewargs__()
        if copier is not None:
            args = copier(args, memo)
        y = cls.__new__(cls, *args)
    else:
        y = cls.__new__(cls)
    if memo is not None:
        memo[id(x)] = y
    if any('__getstate__' in k.__dict__ for k in cls.__mro__[:-1]):
        state = x.__getstate__()
    else:
        state = getattr(x, '__dict__', None)
    if state:
        if copier is not None:
            state = copier(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        else:
            y.__dict__.update(state)
    if isinstance(x, list):
        y.extend(x if copier is None else [copier(i, memo) for i in x])
    elif isinstance(x, dict):
        for k, v in x.items():
            y[k if copier is None else copier(k, memo)] = v if copier is None else copier(v, memo)
    elif isinstance(x, set):
        y.update(x if copier is None else [copier(i, memo) for i in x])
    return y
