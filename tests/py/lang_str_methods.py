# common str methods
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
t = "the quick brown fox"
print(t.upper(), t.title(), t.capitalize(), "MiXeD".lower(), "MiXeD".swapcase())
print(t.split(), t.split(" ", 2), "a,b,,c".split(","), t.rsplit(" ", 1))
print("a\nb\r\nc".splitlines(), "  x  y ".split(), "".split(), "".split(","))
print("-".join(["a", "b", "c"]), "".join(str(i) for i in range(5)))
print(t.replace("o", "0"), t.replace("o", "0", 1), t.count("o"), t.count(""))
print(t.find("quick"), t.find("zzz"), t.index("brown"), t.rfind("o"), t.find("o", 13))
print(t.startswith("the"), t.endswith("fox"), t.startswith(("a", "th")), t.endswith("x", 0, 5))
print(repr("ab".center(7, "*")), repr("ab".ljust(5)), repr("ab".rjust(5, ".")), "42".zfill(5), "-42".zfill(6))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "abc".partition("z"))
print("123".isdigit(), "12a".isdigit(), "abc".isalpha(), "ab1".isalnum(), "   ".isspace(), "Ab".isupper(), "ab".islower())
print("a_b1".isidentifier(), "1a".isidentifier())
print("Hello".removeprefix("He"), "Hello".removesuffix("lo"), "Hello".removeprefix("x"))
