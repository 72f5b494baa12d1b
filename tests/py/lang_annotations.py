# annotations on functions, classes and modules
def f(a: int, b: "str" = "x") -> bool:
    return True
print(f.__annotations__)
class C:
    x: int = 5
    y: str
print(C.x, C.__annotations__, hasattr(C, "y"))
v: float = 1.5
print(v, __annotations__)
def g(*args: int, **kw: str) -> None:
    pass
print(g.__annotations__)
