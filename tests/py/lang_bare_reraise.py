# bare raise re-raises the current exception, even from nested functions and after handling
def risky():
    raise ValueError("original")
def handler():
    try:
        risky()
    except ValueError as e:
        print("logging", e)
        raise
try:
    handler()
except ValueError as e:
    print("outer got", e, e.__context__)
def reraise_helper():
    raise
def uses_helper():
    try:
        raise KeyError("via helper")
    except KeyError:
        reraise_helper()
try:
    uses_helper()
except KeyError as e:
    print("helper re-raised", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def restore():
    try:
        raise TypeError("outer")
    except TypeError:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        raise
try:
    restore()
except Exception as e:
    print("restored", type(e).__name__, e)
def conditional(n):
    try:
        return 10 // n
    except ZeroDivisionError as e:
        if n == 0 and str(e):
            raise
        return None
try:
    conditional(0)
except ZeroDivisionError as e:
    print("passed through:", e)
