class Box:
    def __init__(self):
        self.w = 1
b = Box()
print(b.w)
print(b.height)
