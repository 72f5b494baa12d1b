# try/except/else/finally ordering
def t(kind):
    log = []
    try:
        log.append("try")
        if kind == "value":
            raise ValueError("v")
        if kind == "key":
            raise KeyError("k")
    except ValueError as e:
        log.append(f"except ValueError {e}")
    except (KeyError, IndexError) as e:
        log.append(f"except tuple {e!r}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for k in ["none", "value", "key"]:
    print(t(k))
def fin_return():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(fin_return())
def fin_override():
    try:
        return "try"
    finally:
        return "finally"
print(fin_override())
def nested():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
nested()
def reraise():
    try:
        raise ValueError("orig")
    except ValueError:
        print("handling")
        raise
try:
    reraise()
except ValueError as e:
    print("re-raised", e)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
try:
    pass
except Exception:
    print("never")
else:
    print("else without error")
e_var = "kept"
try:
    raise RuntimeError("x")
except RuntimeError as e_var:
    pass
try:
    print(e_var)
except NameError:
    print("e_var unbound after except")
