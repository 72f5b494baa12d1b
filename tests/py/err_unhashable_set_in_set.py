groups = [{1, 2}, {3}]
print(len(groups))
unique = set(groups)
