# an inner loop of a comprehension may not rebind a walrus target
print([i for i in range(3) if (j := i) for j in range(2)])
