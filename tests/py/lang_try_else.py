# else clauses: try/else, for/else, while/else, exceptions raised in else
def attempt(x):
    try:
        v = 10 / x
    except ZeroDivisionError:
        print("  except")
        return None
    else:
        print("  else, value", v)
        return v
    finally:
        print("  finally")
for x in [2, 0]:
    print("attempt", x)
    print("result", attempt(x))
def else_raises():
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise ValueError("from else")
try:
    else_raises()
except ValueError as e:
    print("caught", e)
def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 5)
find([], 1)
n = 0
while n < 3:
    n += 1
else:
    print("while finished with n =", n)
while True:
    break
else:
    print("never printed")
for i in range(2):
    try:
        continue
    finally:
        print("finally", i)
else:
    print("loop else after continue")
