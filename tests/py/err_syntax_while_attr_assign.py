# a condition that assigns to an attribute gets the "==" hint, as in CPython 3.11
class P:
    pass
p = P()
while p.ready = True:
    pass
