# typing: Annotated, ParamSpec, Concatenate, TypeGuard, the async ABC aliases, the Supports*
# protocols and IO/TextIO/BinaryIO; get_type_hints strips Annotated unless include_extras.
from typing import *
import typing
P = ParamSpec('P')
print(Annotated[int, 'meta', 3], Annotated[List[int], 'x'].__origin__, Annotated[int, 'm'].__metadata__, P, P.args, P.kwargs, Callable[P, int], TypeGuard[int])
print(Awaitable[int], Coroutine[Any, Any, int], AsyncIterator[int], AsyncGenerator[int, None], AsyncIterable[str], SupportsInt, SupportsFloat, IO[str], TextIO, BinaryIO, Concatenate[int, P])
print(Annotated[Annotated[int, 1], 2], isinstance(3, SupportsInt), isinstance('x', SupportsInt), get_args(Annotated[int, 'a']), get_origin(Annotated[int, 'a']))
try: Annotated[int]
except TypeError as e: print(e)
def f(x: Annotated[int, 'pos']) -> None: pass
print(get_type_hints(f), get_type_hints(f, include_extras=True))
print(Annotated, Callable[Concatenate[int, P], str], get_args(Callable[P, int]), isinstance(2.5, SupportsFloat), isinstance(3, SupportsIndex), isinstance(2.5, SupportsIndex))

# Unions with |, TypeVar substitution, string annotations naming module attributes.
from typing import *
import threading, queue
import threading, queue
print(Union[int, str] | None, int | List[int], List[int] | None, Optional[threading.Lock], List[threading.Thread], Dict[str, queue.Queue])
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int, str], hash(Union[int, str]) == hash(Union[str, int]))
T = TypeVar('T')
print(T | None, Optional[T], List[T][int], Tuple[T, ...][str], Callable[[T], T][int])
def f(q: 'queue.Queue[int]', t: Optional[threading.Thread] = None) -> 'List[int]': return []
print(get_type_hints(f))
print(type(List[int]).__name__, List[int]().__class__ if False else 'skip')
