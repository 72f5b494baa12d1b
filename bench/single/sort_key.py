import random
random.seed(7)
data = [(random.randint(0, 1000), random.random(), str(i)) for i in range(200_000)]
total = 0
for _ in range(3):
    s = sorted(data, key=lambda t: (t[0], t[2]))
    total += s[0][0] + s[-1][0]
print(total, s[100][2])
