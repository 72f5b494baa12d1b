# random: more seed kinds (negative floats, bools, version 1 strings, long strings) and
# getrandbits at word boundaries, all bit-exact with CPython
import random
from _sha512 import sha512
for n in [0, 1, 111, 112, 127, 128, 129, 1000]:
    print(n, sha512(b"x" * n).hexdigest()[:32])
h = sha512(b"abc")
h2 = h.copy()
h.update(b"def")
print(h.hexdigest() == sha512(b"abcdef").hexdigest(), h2.hexdigest() == sha512(b"abc").hexdigest())
print(len(sha512().digest()), sha512().name, sha512.digest_size if hasattr(sha512, "digest_size") else 64)
for seed in [-3.5, 0.0, 1e300, True, False, 0, -1, 2 ** 32, 2 ** 32 - 1, -(2 ** 64), "", b"", "é" * 50, "x" * 300]:
    random.seed(seed)
    print(repr(seed)[:20], random.random(), random.getrandbits(33))
for seed in ["abc", b"abc", ""]:
    random.seed(seed, version=1)
    print(repr(seed), random.random())
random.seed(12345)
for k in [1, 31, 32, 33, 63, 64, 65, 96, 127, 128, 129, 1000]:
    v = random.getrandbits(k)
    print(k, v.bit_length() <= k, v % 1000003)
r = random.Random(b"state")
s = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(s)
print(a == [r.random() for _ in range(3)])
print(r.randrange(-10 ** 25, 10 ** 25, 7), r.randint(2 ** 70, 2 ** 71))
x = list(range(20))
r.shuffle(x)
print(x)
try:
    random.seed([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    sha512("text")
except TypeError as e:
    print("TypeError", e)
