class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, k):
        self.n += k
        return self
c = Counter()
for i in range(2_000_000):
    c.inc(1).inc(2)
print(c.n)
