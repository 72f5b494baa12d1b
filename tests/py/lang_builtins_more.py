# builtins: enumerate start, zip strict, map with several iterables, filter None, min/max key/default, sum start
print(list(enumerate("abc", start=10)), list(enumerate([], 5)), next(enumerate("z", -1)))
print(list(zip("ab", [1, 2], strict=True)))
try:
    list(zip("abc", [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip("ab", [1, 2, 3], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(pow, [2, 3, 4], [5, 2])), list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200])))
print(list(map(max, "abc", "bcd", "aaa")), list(filter(None, [0, "", None, 3, "x", False, [], [0]])))
print(list(filter(str.isupper, "aBcDe")), list(filter(lambda kv: kv[1], {"a": 0, "b": 1}.items())))
print(min([3, -4, 2], key=abs), max(["bb", "a", "ccc"], key=len), max(["bb", "aa"], key=len), min("hello", key=ord))
print(min([], default="none"), max((), key=len, default=0), max(1, 2, 3, key=lambda x: -x), min(iter([5, 3])))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
print(sum([1, 2, 3], 10), sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([0.1, 0.2], start=1))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(isinstance(3, (str, (int, float))), isinstance(True, int), issubclass(bool, (str, int)), isinstance([], (list,)))
print(abs(-3), pow(2, 3, 5), divmod(-9, 4), round(-2.5), chr(9731), ord("A"), hex(-16), bin(5)[2:].zfill(8))
