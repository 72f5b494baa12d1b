# continue/break inside finally while a return is pending
def f():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
print(f())
def g():
    while True:
        try:
            return "from try"
        finally:
            break
    return "after loop"
print(g())
def h():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            continue
    return "exception discarded"
print(h())
