# typing's container aliases are collections.abc's ABCs: subclassing Iterator[int] or
# Mapping[str, int] gives the mixin methods; isinstance goes through the ABCs.
import typing, collections.abc
from typing import Iterable, Iterator, Mapping, Callable, ContextManager, Sequence
print(Iterable.__origin__, Mapping[str, int].__origin__, Callable.__origin__, ContextManager.__origin__, Iterable.__origin__ is collections.abc.Iterable)
class Evens(Iterator[int]):
    def __init__(self): self.n = 0
    def __next__(self):
        self.n += 2
        if self.n > 6: raise StopIteration
        return self.n
print(list(Evens()), Evens.__mro__, isinstance(Evens(), Iterable), isinstance(Evens(), collections.abc.Iterator))
class Frozen(Mapping[str, int]):
    def __getitem__(self, k): return len(k)
    def __iter__(self): return iter(['a', 'bb'])
    def __len__(self): return 2
print(dict(Frozen()), Frozen().get('ccc'), Frozen.__parameters__ if hasattr(Frozen, '__parameters__') else None)
print(isinstance(open, Callable), isinstance(object(), ContextManager), issubclass(list, Sequence))
