letters = list("abc")
print(letters.index("b"))
letters.index("z")
