# return/break in finally override a pending return or exception
def ret_over_ret():
    try:
        return "try"
    finally:
        return "finally"
def ret_over_exc():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def break_over_exc():
    for i in range(3):
        try:
            raise RuntimeError(i)
        finally:
            break
    return f"broke at {i}"
def exc_in_finally():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        finally:
            continue
    return out
print(ret_over_ret())
print(ret_over_exc())
print(break_over_exc())
print(continue_in_finally())
try:
    exc_in_finally()
except TypeError as e:
    print("TypeError", e, "context:", repr(e.__context__))
def value_snapshot():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(value_snapshot())
def exc_var_cleared():
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    try:
        return err
    except NameError as ne:
        return "NameError: " + str(ne)
print(exc_var_cleared())
