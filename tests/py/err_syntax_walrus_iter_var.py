# a walrus may not rebind a comprehension iteration variable
print([x := 1 for x in "ab"])
