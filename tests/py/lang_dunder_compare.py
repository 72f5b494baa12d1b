# __eq__, __lt__ and friends, __hash__
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
    def __le__(self, other):
        return self.n <= other.n
    def __hash__(self):
        return hash(self.n)
    def __repr__(self):
        return f"V{self.n}"
a, b, c = V(1), V(2), V(1)
print(a == c, a == b, a != b, a is c, a < b, b > a, a <= c, b >= a)
print(sorted([V(3), V(1), V(2)]), min(V(5), V(4)), max([V(1), V(9), V(3)]))
print(a == 1, 1 == a, a != "x")
print(len({a, b, c}), {a: "x"}[c], a in [b, c])
class NoHash:
    def __eq__(self, o):
        return True
print(NoHash.__hash__ is None)
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain())
class Rev:
    def __init__(self, n):
        self.n = n
    def __gt__(self, o):
        print("gt called")
        return self.n > o.n
r1, r2 = Rev(1), Rev(2)
print(r1 < r2)
