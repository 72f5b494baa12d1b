# for/while with else, break, continue, nested loops
for i in range(3):
    print("for", i)
else:
    print("for else ran")
for i in range(10):
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    n -= 1
    if n == 1:
        continue
    if n < 0:
        break
    print("while", n)
for i in range(3):
    for j in range(3):
        if j == i:
            break
        print(i, j)
out = []
for x in range(10):
    if x % 2:
        continue
    out.append(x)
print(out)
for ch in "":
    print("never")
else:
    print("empty else")
r = range(10, 0, -3)
print(list(r))
k = 0
for k in []:
    pass
print(k)
for i in range(3):
    pass
print(i)
