print(float("3.25"))
print(float("3,25"))
