# a method sees the enclosing function's variable even when the class body binds the same name
def with_method():
    x = "enclosing"
    class C:
        x = "class attr"
        def m(self):
            return x
    return C().m(), C.x
print(with_method())
def shadow_later():
    y = 1
    class D:
        def get(self):
            return y
        y = 2
    return D().get(), D.y
print(shadow_later())
