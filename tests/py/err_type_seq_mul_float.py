row = [0] * 3
print(row)
scaled = row * 1.5
