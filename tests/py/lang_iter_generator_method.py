# __iter__ written as a generator, __reversed__, __contains__ falling back to __iter__
class Deck:
    def __init__(self, cards):
        self.cards = list(cards)
    def __iter__(self):
        for c in self.cards:
            yield c
    def __reversed__(self):
        print("custom __reversed__")
        return iter(self.cards[::-1])
    def __len__(self):
        return len(self.cards)
d = Deck("AKQJ")
print(list(d), list(reversed(d)))
it1, it2 = iter(d), iter(d)
print(next(it1), next(it1), next(it2))
print("Q" in d, "2" in d)
print(sorted(d), "".join(d), len(d))
print(list(zip(d, range(10))), dict(enumerate(d, 1)))
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5), Tree(6)))
print(list(t), sum(t), max(t), 5 in t)
class Range2:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return i * 2
    def __len__(self):
        return self.n
print(list(reversed(Range2(4))), 6 in Range2(4), 7 in Range2(4))
a, b, *rest = Tree(9, Tree(8), Tree(7), Tree(6))
print(a, b, rest)
