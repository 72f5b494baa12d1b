# a walrus inside a comprehension may rebind a name the enclosing scope already uses
def running_max(data):
    total = 0
    maxes = [total := max(total, d) for d in data]
    return maxes, total
print(running_max([1, 5, 3, 7]))
count = 0
print([count := count + 1 for _ in "abc"], count)
def prefix_sums(xs):
    acc = 0
    return [acc := acc + x for x in xs], acc
print(prefix_sums([3, 1, 4]))
