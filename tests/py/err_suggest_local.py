# A typo of a local variable: the suggestion comes from the function's own local names.
def total(values):
    running_total = 0
    for v in values:
        running_total += v
    return runing_total
print(total([1, 2, 3]))
