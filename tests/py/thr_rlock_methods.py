# a class whose locked methods call each other through one RLock
import threading
class Account:
    def __init__(self):
        self.lock = threading.RLock()
        self.balance = 0
        self.history = 0
    def deposit(self, n):
        with self.lock:
            self.balance += n
            self.record()
    def record(self):
        with self.lock:
            self.history += 1
    def deposit_many(self, ns):
        with self.lock:
            for n in ns:
                self.deposit(n)
acct = Account()
def worker(k):
    for _ in range(200):
        acct.deposit_many([k, 1])
ts = [threading.Thread(target=worker, args=(k,)) for k in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(acct.balance, acct.history)
