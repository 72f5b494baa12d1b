def greet(name, greeting="hi"):
    return f"{greeting} {name}"
print(greet("ann"))
greet("ann", name="bob")
