# a task's exception is re-raised by result() and returned by exception()
from concurrent.futures import ThreadPoolExecutor
class AppError(Exception):
    pass
def fail(msg):
    raise AppError(msg)
with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(fail, "broken")
    g = ex.submit(int, "12")
    h = ex.submit(int, "twelve")
    e = f.exception()
    print(type(e).__name__, e.args, f.done())
    try:
        f.result()
    except AppError as err:
        print("result raised", err, err is e)
    print(g.exception(), g.result())
    print(repr(h.exception()))
