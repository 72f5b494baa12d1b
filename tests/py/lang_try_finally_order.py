# nested try/finally ordering with returns, breaks, continues and exceptions
log = []
def step(s):
    log.append(s)
def nested(kind):
    log.clear()
    try:
        step("outer-try")
        try:
            step("inner-try")
            if kind == "raise":
                raise ValueError
            if kind == "return":
                return "returned"
        finally:
            step("inner-finally")
        step("after-inner")
    except ValueError:
        step("outer-except")
    finally:
        step("outer-finally")
    return "normal"
for k in ["none", "raise", "return"]:
    r = nested(k)
    print(k, r, log)
def loop():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop())
def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("finally sees", n)
print(counter())
def deep():
    try:
        try:
            try:
                raise KeyError("k")
            finally:
                print("level 3")
        finally:
            print("level 2")
    finally:
        print("level 1")
try:
    deep()
except KeyError as e:
    print("caught", e)
