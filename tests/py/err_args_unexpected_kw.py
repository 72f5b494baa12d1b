def paint(shape, color="red"):
    return f"{color} {shape}"
print(paint("box", color="blue"))
paint("box", colour="green")
