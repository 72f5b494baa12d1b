# chained comparisons and short-circuit evaluation
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5, 5 == x == 5.0, 1 < 2 < 3 < 4 < 3)
print(1 == 1 != 2, "a" < "b" < "c", 3 > 2 > 1 > 0, 1 < 3 > 2)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) < v(5) > v(2), calls)
print(x in [5] in [[5]], None is None is not False)
print(not 1 < 0, (1 < 2) == True, [1] < [2] <= [2])
print(0 < 0.5 < 1 < 1.5, -1 < 0 <= 0 < 1)
