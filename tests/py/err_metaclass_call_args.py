# a metaclass __call__ that forwards to type.__call__: the class's __init__ rejects the extra argument
class Tracing(type):
    def __call__(cls, *args, **kwargs):
        print("calling", cls.__name__, args)
        return super().__call__(*args, **kwargs)


class Point(metaclass=Tracing):
    def __init__(self, x, y):
        self.x, self.y = x, y


p = Point(1, 2)
print(p.x, p.y)
Point(1, 2, 3)
