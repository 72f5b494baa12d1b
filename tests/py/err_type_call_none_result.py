def show(x):
    print("showing", x)
result = show(3)
result()
