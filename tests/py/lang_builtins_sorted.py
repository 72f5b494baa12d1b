# sorted, min, max with key/default/reverse
data = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 20)]
print(sorted(data))
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: (-p[1], p[0])))
print(sorted("hello world"), sorted([3, 1, 2], reverse=True), sorted((5, 4)), sorted({3: 0, 1: 0}))
print(sorted(["b", "A", "c"], key=str.lower), sorted([-3, 1, -2], key=abs))
print(min(3, 1, 2), max([4, 9, 2]), min("abc"), max("a", "B"))
print(min(data, key=lambda p: p[1]), max(data, key=lambda p: len(p[0])))
print(min([], default="empty"), max([], default=None), max([1], default=5))
print(max([2, 7, 7], key=lambda x: -x), min([(1, "b"), (1, "a")]))
words = ["aa", "b", "cc", "d"]
print(sorted(words, key=len), max(words, key=len), min(words, key=len))
lst = [5, 2, 8]
s = sorted(lst)
print(lst, s, s is lst)
