# warmup.py: the program the page's engine runs once at load (engine.worker.ts) and that
# bench/wasm_engine.mjs runs before timing: it spends the eval loop's tier-up budget, so V8
# has optimized it before the user's first run. Its output is discarded.
def f(x):
    return x + 1
i = 0
s = ""
while i < 60000:
    i = f(i)
    if i % 1000 == 0:
        s = str(i) + s[:10]
