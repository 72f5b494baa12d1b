# list methods
a = [3, 1, 4]
a.append(1); a.extend([5, 9]); a.insert(0, 2); a.insert(100, 6); a.insert(-1, 7)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(4), a.count(1), a.count(42))
b = a.copy()
b.sort()
print(a, b)
b.reverse()
print(b)
b.sort(reverse=True)
print(b)
words = ["banana", "Apple", "cherry", "date"]
words.sort(key=len)
print(words)
words.sort(key=str.lower)
print(words)
c = b
c.clear()
print(b, c is b)
d = [1, 2, 3]
d += [4]
d *= 2
print(d, d.index(2, 2))
print([0] * 3, [[]] * 2, list(range(5)), list())
