"""atexit: functions run when the interpreter exits normally, after non-daemon threads have
been joined (threading's shutdown), last registered first, as CPython does."""

_exithandlers = []


def register(func, *args, **kwargs):
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func):
    _exithandlers[:] = [h for h in _exithandlers if h[0] != func]


def _clear():
    del _exithandlers[:]


def _ncallbacks():
    return len(_exithandlers)


def _run_exitfuncs():
    import _thread
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            _thread._print_exception("Exception ignored in atexit callback: %r\n" % (func,), exc)
