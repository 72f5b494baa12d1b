def find():
    return None
r = find()
print(r)
print(r[0])
