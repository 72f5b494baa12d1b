# send() protocol details: first send must be None, running average coroutine
def avg():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
a = avg()
try:
    a.send(10)
except TypeError as e:
    print("TypeError:", e)
print(a.send(None))
for v in [10, 20, 30, 45]:
    print(a.send(v))
def accumulate_lines():
    lines = []
    while True:
        line = yield
        if line is None:
            return lines
        lines.append(line.upper())
acc = accumulate_lines()
next(acc)
for w in ["one", "two"]:
    acc.send(w)
try:
    acc.send(None)
except StopIteration as st:
    print("result", st.value)
def gen_state():
    x = yield 1
    print("received", x)
    y = yield x * 2
    print("received", y)
g = gen_state()
print(next(g))
print(g.send(21))
print(next(g, "end"))
