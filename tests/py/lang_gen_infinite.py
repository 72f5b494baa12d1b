# infinite generators with itertools.islice / takewhile / count / cycle
from itertools import islice, takewhile, dropwhile, count, cycle, repeat
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(list(islice(primes(), 12)))
print(list(islice(naturals(), 5, 15, 3)))
print(list(takewhile(lambda x: x * x < 60, naturals())))
print(list(islice(dropwhile(lambda x: x < 7, naturals()), 3)))
print(list(islice(cycle("abc"), 7)))
print(list(islice(count(0.5, 0.25), 4)))
print(list(repeat("z", 3)), list(islice(repeat(1), 2)))
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(27))[:10], len(list(collatz(27))))
squares = (n * n for n in naturals())
print(next(squares), next(squares), list(islice(squares, 3)))
it = islice(naturals(), 3)
print(list(it), list(it))
