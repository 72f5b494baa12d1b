# multiple inheritance, diamond, cooperative super()
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Z, Y): pass
print([k.__name__ for k in W.__mro__])
class Base:
    def __init__(self):
        self.log = ["Base"]
class M1(Base):
    def __init__(self):
        super().__init__()
        self.log.append("M1")
class M2(Base):
    def __init__(self):
        super().__init__()
        self.log.append("M2")
class Final(M1, M2):
    def __init__(self):
        super().__init__()
        self.log.append("Final")
print(Final().log)
class P1:
    attr = "p1"
class P2:
    attr = "p2"
    other = "o2"
class Q(P1, P2):
    pass
print(Q.attr, Q.other, isinstance(Q(), P2))
class S(B, C):
    pass
print(S().who(), super(B, D()).who())
