total = 0
for r in range(300):
    xs = [i * i for i in range(5000) if i % 3]
    total += len(xs) + xs[-1] % 7
print(total)
