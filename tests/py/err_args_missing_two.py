def volume(a, b, c):
    return a * b * c
print(volume(1, 2, 3))
volume(1)
