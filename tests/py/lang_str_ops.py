# str operators, indexing, slicing, comparisons
s = "interleave"
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[::2], s[::-1], s[-3:-1], s[100:], s[3:1])
print(len(s), "lea" in s, "xyz" not in s, s * 2, "ab" + "cd", 3 * "-")
print("abc" < "abd", "Z" < "a", "abc" < "ab", "" < "a", "a" == "a", "a" != "b")
print(sorted(["pear", "Apple", "banana", "apple"]), max("hello"), min("hello"))
print(list("abc"), tuple("xy"), [c for c in "hey"])
total = 0
for ch in "hello":
    total += ord(ch)
print(total)
s2 = "x"
s2 += "y"
s2 *= 3
print(s2)
print("a" "b" "c", 'it\'s', "say \"hi\"", """tri
ple""")
print(str(None), str(True), str([1, "a"]), str((1,)), str({"k": "v"}))
print("%s|%s" % ("é", "日本"), len("日本語"), "日本語"[1], "ab\u00e9")
