total = 0
for n in [1, 2, 3]:
    total += n
print(total)
for n in total:
    print(n)
