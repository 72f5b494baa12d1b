# random: str/bytes/float/negative seeds and getrandbits beyond 64 bits, matching CPython
import random
for seed in ["seed-string", b"bytes-seed", 3.5, -42, 2 ** 64 + 1, 10 ** 30 + 7, 2 ** 100]:
    random.seed(seed)
    print(repr(seed), random.randint(0, 10 ** 6), random.random())
random.seed(1)
print(random.getrandbits(100), random.getrandbits(64), random.getrandbits(200).bit_length() <= 200)
print(random.randrange(10 ** 30), random.randint(-(2 ** 80), 2 ** 80))
r = random.Random("abc")
print(r.choice(range(10 ** 6)), r.sample(range(10 ** 12), 2))
