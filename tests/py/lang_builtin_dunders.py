# dunder methods called directly on builtin types
print((5).__add__(3), (1).__lt__(2), (2).__eq__(2), (1).__eq__(1.0), (3).__mul__("a"))
print(int.__add__(1, 2), float.__mul__(1.5, 2), (7).__floordiv__(2), (7).__mod__(3), (2).__pow__(5))
print("x".__add__("y"), "ab".__mul__(2), "abc".__contains__("b"), "abc".__len__(), "b".__lt__("a"))
print([1, 2].__len__(), [1, 2].__getitem__(1), [1].__add__([2]), [3].__contains__(3))
print({"a": 1}.__getitem__("a"), {"a": 1}.__contains__("b"), (1, 2).__len__())
print((5).__neg__(), (5).__abs__(), (5).__bool__(), (0).__bool__(), (5).__hash__() == hash(5))
print(str.__len__("abcd"), list.__len__([1]), (1.5).__int__() if hasattr(1.5, "__int__") else 1)
print(sorted([3, 1, 2], key=int.__neg__), list(map(str.__len__, ["a", "bcd"])))
