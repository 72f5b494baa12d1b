slots = [None] * 3
slots[2] = "c"
print(slots)
slots[3] = "d"
