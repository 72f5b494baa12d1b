counter = 0
def bump():
    counter += 1
print("before")
bump()
