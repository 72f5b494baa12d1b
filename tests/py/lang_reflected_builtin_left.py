# a user class's reflected method is tried when a built-in left operand cannot handle it,
# and a subclass's reflected method wins over the base's forward method
class R:
    def __radd__(self, other):
        return "R.__radd__(" + repr(other) + ")"
    def __rmul__(self, other):
        return "R.__rmul__(" + repr(other) + ")"
    def __rmod__(self, other):
        return "R.__rmod__(" + repr(other) + ")"
print("a" + R())
print([1] + R())
print((1,) + R())
print(3 * R(), "ab" * R(), [0] * R())
print("%s" % R() if False else 5 % R())
class Left:
    def __add__(self, other):
        return "Left.__add__"
    def __lt__(self, other):
        return "Left.__lt__"
class SubLeft(Left):
    def __radd__(self, other):
        return "SubLeft.__radd__"
    def __gt__(self, other):
        return "SubLeft.__gt__"
print(Left() + SubLeft())
print(Left() < SubLeft())
print(SubLeft() + Left())
