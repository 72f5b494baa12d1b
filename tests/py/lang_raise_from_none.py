# raise ... from None hides the context; from an explicit cause; the traceback text
class ConfigError(Exception):
    pass
def lookup(cfg, key):
    try:
        return cfg[key]
    except KeyError:
        raise ConfigError(f"missing key {key!r}") from None
try:
    lookup({}, "port")
except ConfigError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
def with_cause():
    try:
        int("x")
    except ValueError as ve:
        raise ConfigError("bad int") from ve
try:
    with_cause()
except ConfigError as e:
    print(e, repr(e.__cause__), e.__context__ is e.__cause__)
e = ValueError("v")
e2 = TypeError("t")
e2.__cause__ = e
print(e2.__cause__ is e, e2.__suppress_context__)
try:
    raise TypeError("late") from ValueError("cause")
except TypeError as t:
    print(repr(t.__cause__), t.__suppress_context__)
try:
    raise KeyError("x") from 5
except TypeError as bad:
    print("TypeError:", bad)
