# a course-style dice/cards simulation driven by a seeded generator
import random
random.seed(2024)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
counts = {s: rolls.count(s) for s in range(2, 13)}
print(counts)
print(max(counts, key=counts.get), sum(rolls) / len(rolls))
suits = "SHDC"
ranks = "23456789TJQKA"
deck = [r + s for s in suits for r in ranks]
random.shuffle(deck)
hands = [deck[i * 5:(i + 1) * 5] for i in range(4)]
for h in hands:
    print(sorted(h))
state = random.getstate()
x = [random.random() for _ in range(3)]
random.setstate(state)
print(x == [random.random() for _ in range(3)])
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + random.choice([-1, 1]))
print(walk)
print(random.sample(deck, k=4), random.randrange(1, 1000, 7))
gen = random.Random(31337)
print(gen.randint(0, 10 ** 6), gen.random())
