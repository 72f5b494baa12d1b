# itertools as a course uses it: grouping, combinatorics, accumulate variants, pairwise, starmap
import itertools as it
data = [("fruit", "apple"), ("fruit", "pear"), ("veg", "kale"), ("fruit", "fig"), ("veg", "leek")]
for key, grp in it.groupby(sorted(data), key=lambda t: t[0]):
    print(key, [name for _, name in grp])
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(it.combinations_with_replacement("ab", 2)), len(list(it.permutations(range(5)))))
print(list(it.product([0, 1], repeat=3))[:4], list(it.product("ab", [1, 2])))
print(list(it.starmap(pow, [(2, 3), (3, 2), (10, 0)])), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.filterfalse(lambda x: x % 3, range(10))), list(it.zip_longest([1, 2], "abc")))
print(list(it.pairwise([1, 4, 9, 16])) if hasattr(it, "pairwise") else [(1, 4), (4, 9), (9, 16)])
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
print(list(it.chain.from_iterable([[1, 2], (3,), "ab"])), list(it.islice("abcdefgh", 1, None, 3)))
print(sum(1 for _ in it.combinations(range(10), 3)), list(it.repeat(None, 2)))
runs = [(k, len(list(g))) for k, g in it.groupby("aaabccdddd")]
print(runs, "".join(f"{k}{n}" for k, n in runs))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])), list(it.takewhile(str.isdigit, "123abc456")))
print(list(it.dropwhile(lambda c: c != "c", "abcabc")), next(it.count(5, -2)), list(it.islice(it.count(), 0, 10, 4)))
