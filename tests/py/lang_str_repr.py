# repr of strings: quote choice and escapes
cases = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline",
         "back\\slash", "bell\x07", "\x00", "é", "日本", "\u200b", "\x7f", "\r", ""]
for c in cases:
    print(repr(c))
print(["a'b", 'c"d'])
print({"k": "v\n"})
print(repr(repr("x")))
