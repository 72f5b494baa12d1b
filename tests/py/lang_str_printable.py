# str.isprintable and the escapes of repr()/ascii() for non-printable characters (Unicode 14 categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs but ' '), isidentifier with XID_Start/XID_Continue
samples = ["a\u2003b\u200b", "tab\there", "\x7f\x80\x9f\xa0\xad", "caf\u00e9 \u65e5\u672c",
           "\u2028\u2029\u3000", "\ufeff\ufffe\uffff", "\U0001f600\U000e0001\U0010ffff\U000f0000",
           "\ud800\udfff", "\u0378\u0379\u037a", "e\u0301", "\u061c\u180e\u00a0", ""]
for s in samples:
    print(repr(s), ascii(s), s.isprintable(), [c.isprintable() for c in s])
print(repr("\x00\x01\x1f\x7f"), "\x00".isprintable(), " ".isprintable(), "\n".isprintable())
print(repr({"k\u200b": ["\u2003"]}), str(["\u00ad", "\u0600"]))
print(repr("x\u2060"), "%r" % "\u2066", "{!r}".format("\ue000"))
# per plane: printable code points, identifier starts and continuations, and a checksum of where
# they are, checked against CPython's tables (planes 4-13 and 15-16 have none of them)
for p in (0, 1, 2, 3, 14):
    n_print = n_start = n_cont = check = 0
    for c in range(p << 16, (p + 1) << 16):
        ch = chr(c)
        if ch.isprintable():
            n_print += 1
            check = (check * 31 + c) % 1000003
        if ch.isidentifier():
            n_start += 1
            check = (check * 37 + c) % 1000003
        if ("a" + ch).isidentifier():
            n_cont += 1
    print(p, n_print, n_start, n_cont, check)
print(sum(1 for c in range(0x30000) if repr(chr(c))[1:-1] != chr(c) and c not in (39, 92)))
# isidentifier beyond ASCII
for s in ["caf\u00e9", "\u65e5\u672c", "_x1", "1x", "\u00b7x", "x\u00b7", "\u2118", "a\u0301", "\u212e", "x-y", "", "\U0001d400", "\u0661x", "x\u0661"]:
    print(repr(s), s.isidentifier())
