s = {1, 2}
print(len(s))
d = {[1, 2]: "list key"}
