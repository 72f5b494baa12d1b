# subclass of threading.local with __init__: __init__ runs once per thread
import threading
class Ctx(threading.local):
    inits = 0
    def __init__(self, tag):
        Ctx.inits += 1
        self.tag = tag
        self.stack = []
ctx = Ctx("t")
ctx.stack.append("main")
out = []
def use(i):
    ctx.stack.append(i)
    out.append((i, ctx.tag, list(ctx.stack)))
ts = [threading.Thread(target=use, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
    t.join()
print(out)
print(ctx.stack, Ctx.inits)
