# contextlib: generator-based context managers (exceptions thrown into the generator),
# suppress, nullcontext, closing, ExitStack and redirect_stdout.
import sys
import threading
from contextlib import (contextmanager, suppress, nullcontext, closing, ExitStack,
                        redirect_stdout, AbstractContextManager, ContextDecorator)

lock = threading.Lock()


@contextmanager
def locked(name):
    print('acquire', name)
    lock.acquire()
    try:
        yield name.upper()
    finally:
        lock.release()
        print('release', name, lock.locked())


with locked('a') as v:
    print('inside', v, lock.locked())

try:
    with locked('b'):
        raise ValueError('boom')
except ValueError as e:
    print('propagated', repr(e))


@contextmanager
def catching():
    try:
        yield
    except KeyError as e:
        print('generator caught', repr(e))


with catching():
    raise KeyError('k')
print('after suppressed KeyError')


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)


@contextmanager
def converts():
    try:
        yield
    except ZeroDivisionError:
        raise ArithmeticError('converted')


try:
    with converts():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)


@contextmanager
def swallow_and_yield_again():
    try:
        yield
    except Exception:
        yield


try:
    with swallow_and_yield_again():
        raise TypeError('t')
except RuntimeError as e:
    print('RuntimeError:', e)


@locked('deco')
def work(x):
    print('work', x)
    return x * 2


print(work(5), work(6))

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print('IndexError:', e)
with suppress():
    pass

with nullcontext(42) as n:
    print('nullcontext', n)
with nullcontext() as n:
    print('nullcontext', n)


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print('close', self.name)


with closing(Resource('r1')) as r:
    print('using', r.name)

with ExitStack() as stack:
    rs = [stack.enter_context(closing(Resource(f'e{i}'))) for i in range(3)]
    stack.callback(print, 'callback', 'arg', sep='-')
    print('stack body', [r.name for r in rs])


def exit_fn(exc_type, exc, tb):
    print('exit_fn got', exc_type.__name__ if exc_type else None)
    return True


with ExitStack() as stack:
    stack.push(exit_fn)
    raise RuntimeError('swallowed by exit_fn')
print('after ExitStack')

stack = ExitStack()
stack.callback(print, 'closed explicitly')
moved = stack.pop_all()
stack.close()
print('nothing above')
moved.close()

try:
    with ExitStack() as stack:
        stack.enter_context(locked('x'))
        stack.callback(lambda: 1 / 0)
        print('body')
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)

try:
    ExitStack().enter_context(42)
except TypeError as e:
    print('TypeError:', e)

class Buffer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def getvalue(self):
        return ''.join(self.parts)


buf = Buffer()
with redirect_stdout(buf):
    print('captured line')
    print('second', 2)
print('got', repr(buf.getvalue()))


class MyCM(AbstractContextManager):
    def __exit__(self, *exc):
        print('MyCM exit')


with MyCM() as m:
    print(type(m).__name__)


class Timer(ContextDecorator):
    def __enter__(self):
        print('start')
        return self

    def __exit__(self, *exc):
        print('stop')
        return False


@Timer()
def timed():
    print('timed body')


timed()
print(sys.stdout is sys.__stdout__)
