# an RLock guarding a recursive function shared by several threads
import threading
rl = threading.RLock()
memo = {}
def fib(n):
    with rl:
        if n in memo:
            return memo[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        memo[n] = r
        return r
out = {}
def worker(n):
    out[n] = fib(n)
ts = [threading.Thread(target=worker, args=(n,)) for n in (30, 10, 50, 25)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out.items()))
print(len(memo))
