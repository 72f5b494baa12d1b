"""types: a few names of CPython's types module; GenericAlias is what list[int]-style
subscripting of a class with __class_getitem__ returns (PEP 585)."""

FunctionType = type(lambda: None)
LambdaType = FunctionType
BuiltinFunctionType = type(len)
ModuleType = type(__import__('sys'))
NoneType = type(None)


def _gen():
    yield


GeneratorType = type(_gen())


class SimpleNamespace:
    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"namespace({items})"

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


class GenericAlias:
    """origin[args]: remembers both; calling it creates an origin instance."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __repr__(self):
        def name(a):
            if isinstance(a, type):
                if a.__module__ == 'builtins':
                    return a.__qualname__
                return f'{a.__module__}.{a.__qualname__}'
            if a is Ellipsis:
                return '...'
            return repr(a)
        return f"{name(self.__origin__)}[{', '.join(name(a) for a in self.__args__)}]"

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __getattr__(self, name):
        if name.startswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)
