def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("bad input " + repr(s)) from e
print(parse("12"))
parse("x")
