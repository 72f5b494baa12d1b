# generator expressions as sole call arguments and their laziness
nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(x * x for x in nums))
print(max(x % 5 for x in nums), min(-x for x in nums))
print(any(x > 8 for x in nums), all(x > 0 for x in nums))
print(sorted((x for x in nums if x % 2), reverse=True))
print("-".join(str(x) for x in range(5)))
print(dict((k, len(k)) for k in ["aa", "b", "cccc"]))
print(tuple(c.upper() for c in "abc"), set(x % 3 for x in range(10)))
print(sum((x for x in range(4)), 100))
def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i
gen = (x * 10 for x in noisy(3))
print("created")
print(next(gen))
print(list(gen))
print(list(gen))
g = (i for i in range(3))
print(type(g).__name__, 1 in g, list(g))
matrix = [[1, 2], [3, 4], [5, 6]]
print(sum(sum(row) for row in matrix), list(x for row in matrix for x in row if x != 4))
outer = 10
print(list(x + outer for x in range(3)))
