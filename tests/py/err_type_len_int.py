print(len([1, 2]))
n = 12345
print(len(n))
