# __bool__ and __len__ truthiness, precedence, invalid results
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("len called")
        return self.n
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()))
print(not B(True), "yes" if L(2) else "no")
x = B(False) or "fallback"
print(x)
y = L(5) and "both"
print(y)
while L(0):
    print("never")
print([bool(v) for v in [0, 0.0, "", [], (), {}, set(), None, range(0), "0", [0], -1]])
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print("ValueError:", e)
class Nothing:
    pass
print(bool(Nothing()), bool(Nothing))
print(any([L(0), L(0)]), all([B(True), L(1)]))
