print(len("abc"))
len("a", "b")
