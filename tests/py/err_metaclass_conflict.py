# two bases whose metaclasses are unrelated: the class statement fails with CPython's metaclass conflict
class MetaA(type):
    pass


class MetaB(type):
    pass


class A(metaclass=MetaA):
    pass


class B(metaclass=MetaB):
    pass


print("before")


class C(A, B):
    pass
