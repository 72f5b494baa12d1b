# the !a conversion and %a escape non-ASCII characters like ascii()
name = "Zoë"
print(f"{name!a}", ascii(name))
print("{0!a:>10}|{0!a:<10}|".format(name))
print("%a %a %a" % ("é", "plain", ["ñ", 1]))
print(f"{'✓ ok'!a} {['naïve']!a} {42!a}")
print(f"{'日本'!a}", "{!a}".format("\U0001F600"))
