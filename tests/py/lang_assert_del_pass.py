# assert, del, pass, None returns
def nothing():
    pass
print(nothing())
assert True
assert 1 == 1, "never"
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("bare assert args:", e.args)
x = 5
del x
try:
    print(x)
except NameError as e:
    print(e)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
lst = [1, 2, 3, 4]
del lst[0], lst[-1]
print(lst)
class C:
    pass
c = C()
c.attr = 1
del c.attr
print(hasattr(c, "attr"))
def early(n):
    if n > 0:
        return
    return "neg"
print(early(1), early(-1))
if True:
    pass
class Empty: ...
print(Empty.__name__, ... is Ellipsis, repr(...))
