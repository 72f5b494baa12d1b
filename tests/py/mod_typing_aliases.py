# typing: the names of annotations, their reprs, subscripting and isinstance checks.
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Deque, DefaultDict,
                    Counter, Callable, Iterable, Iterator, Generator, Sequence, Mapping,
                    MutableMapping, Type, TypeVar, ClassVar, Final, Literal, NoReturn, cast,
                    TYPE_CHECKING)
import typing

print(Any, Optional, Union, List, Dict, Tuple, Callable, ClassVar, Final, Literal, NoReturn)
print(List[int], Dict[str, int], Set[str], FrozenSet[int], Deque[int], DefaultDict[str, list])
print(Counter[str], Type[int], Iterable[int], Iterator[str], Sequence[float], Mapping[str, int])
print(MutableMapping[str, List[int]], Generator[int, None, None])
print(Tuple[int, str], Tuple[int, ...], Tuple[()])
print(Optional[int], Union[int, str], Union[int, None], Union[int, str, None], Union[int])
print(Union[int, Union[str, float]], Union[int, int, str], Optional[Union[int, str]])
print(Callable[[int], str], Callable[..., int], Callable[[], None], Callable[[int, str], List[int]])
print(ClassVar[int], Final[str], Literal['a', 1, None], Optional[List[Dict[str, Any]]])
print(List[Any], Dict[str, 'Node'], List['int'])
print(List[int] == List[int], List[int] == List[str], Union[int, str] == Union[str, int])
print(List[int].__origin__, List[int].__args__, Dict.__origin__, Union[int, str].__args__)
print(Callable[[int], str].__args__, Optional[int].__args__)
print(isinstance([], List), isinstance({}, Dict), isinstance((), Tuple), isinstance(3, List))
print(isinstance([], Iterable), isinstance(iter([]), Iterator), isinstance(5, Iterable))
print(isinstance(len, Callable), isinstance(5, Callable), isinstance({}, Mapping), isinstance([], Sequence))
print(isinstance('s', Sequence), isinstance({}, MutableMapping), isinstance(set(), Set))
print(issubclass(list, List), issubclass(dict, Mapping), issubclass(int, Iterable))
for t in (List[int], Dict[str, int], Optional[int], Union[int, str], Callable[[int], str], Any):
    try:
        isinstance(1, t)
    except TypeError as e:
        print('TypeError:', e)
for t in (List, Dict[str, int], Optional, Union, Any):
    try:
        t()
    except TypeError as e:
        print('TypeError:', e)
print(Deque[int]([1, 2]), DefaultDict[str, int](int), Counter[str]('abca'))
print(cast(int, 'x'), cast('List[int]', 3), TYPE_CHECKING)
for bad in (lambda: Union[()], lambda: List[int, str], lambda: Dict[int], lambda: Optional[int, str]):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
print(typing.List, typing.Optional[str])
x: List[int] = [1, 2]
def f(a: Optional[int] = None, *, b: Dict[str, int]) -> List[str]:
    return [str(a)]
print(f.__annotations__)
print(f(3, b={}))
