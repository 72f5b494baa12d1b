items, groups = 10, 0
print(items // 3)
per_group = items // groups
