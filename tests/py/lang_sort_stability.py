# sorting: stability, multi-pass sorts, mixed directions, key functions, errors
people = [("dave", "ops", 30), ("ann", "eng", 25), ("bob", "eng", 30), ("cy", "ops", 25), ("eve", "eng", 35)]
by_age = sorted(people, key=lambda p: p[2])
print([p[0] for p in by_age])
by_dept_then_age = sorted(by_age, key=lambda p: p[1])
print([p[0] for p in by_dept_then_age])
print([p[0] for p in sorted(people, key=lambda p: (p[1], -p[2], p[0]))])
s = sorted(people, key=lambda p: p[0], reverse=True)
s.sort(key=lambda p: p[1])
print([p[0] for p in s])
words = ["Banana", "apple", "cherry", "Apple", "banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (w.lower(), w)))
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y")]
print(sorted(pairs, key=lambda t: t[0]), sorted(pairs, key=lambda t: t[0], reverse=True))
scores = {"ann": 90, "bob": 85, "cy": 90, "dee": 70}
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])), sorted(scores, key=scores.get))
nums = [3, 1, 2]
print(nums.sort(), nums, nums.sort(reverse=True), nums)
vals = [None, 3, None, 1]
print(sorted(vals, key=lambda v: (v is None, v or 0)))
print(sorted([[2, 1], [1, 2, 3], [1, 2], []]), sorted([(1, 2), (1,), (0, 9)]))
print(sorted("a1B2c3", key=lambda c: (c.isdigit(), c.lower())), sorted([True, False, 2, -1]))
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([{1}, {2}, {1, 2}])
except TypeError as e:
    print("TypeError:", e)
print(sorted([{"n": 2}, {"n": 1}], key=lambda d: d["n"]), sorted(range(5), key=lambda x: x % 2))
