names = ["ann", "bob"]
names.remove("ann")
print(names)
names.remove("cy")
