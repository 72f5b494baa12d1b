def find(items, x):
    if x in items:
        return items.index(x), x
pos, val = find([5, 6], 6)
print(pos, val)
pos, val = find([5, 6], 7)
