# bank transfers under one lock keep the total constant
import threading
lock = threading.Lock()
accounts = [100] * 10
def transfer(seed):
    x = seed
    for _ in range(2000):
        x = (x * 1103515245 + 12345) % 2**31
        a, b = x % 10, (x // 10) % 10
        with lock:
            amount = min(accounts[a], x % 7)
            accounts[a] -= amount
            accounts[b] += amount
ts = [threading.Thread(target=transfer, args=(s,)) for s in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print(sum(accounts), min(accounts) >= 0, len(accounts))
