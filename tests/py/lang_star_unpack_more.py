# star unpacking in calls, literals, assignments, returns and for loops; errors
def show(*args, **kw):
    return f"args={args} kw={dict(sorted(kw.items()))}"
base = {"a": 1}
print(show(*"xy", 1, *[2, 3], **base, b=2, **{"c": 3}))
print(show(*(), **{}))
nums = [1, 2, 3]
print([0, *nums, *nums[::-1]], (*nums,), {*nums, *[3, 4]}, {"x": 0, **base, "a": 9})
print({**base, **{"a": 2}}, base | {"z": 26}, [*"hi", *range(2)], [*{"k": 1, "j": 2}])
def pair():
    return 1, 2
x, y = pair()
def rest_of(first, *rest):
    return first, *rest[::-1]
print(rest_of(1, 2, 3, 4))
a, *b, c = "python"
print(a, b, c)
*_, last_two1, last_two2 = range(10)
print(last_two1, last_two2)
(a, *b), c = "xyz", 9
print(a, b, c)
for head, *tail in ["abc", "de", "f"]:
    print(head, tail)
first, second = {"one": 1, "two": 2}
print(first, second)
k, v = max({"a": 3, "b": 7}.items(), key=lambda kv: kv[1])
print(k, v)
try:
    a, b, *c = [1]
except ValueError as e:
    print("ValueError:", e)
def kwonly(a, *, b, c=3):
    return a, b, c
print(kwonly(1, b=2), kwonly(*[1], **{"b": 5, "c": 6}))
