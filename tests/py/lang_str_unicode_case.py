# str case mapping and character classes beyond ASCII, as CPython 3.11 (Unicode 14) answers
words = ["straße", "ÉCOLE élève", "Ærø ÿ", "Łódź ŒUVRE", "ǆungla ǅ Ǆ", "ΟΔΟΣ ΟΔΥΣΣΕΥΣ", "Σ", "ΑΣ.",
         "aΣ'b", "μΣ", "Привет МИР ёЁ", "Ծաղիկ", "ნინო", "ᏣᎳᎩ", "ﬁre ﬄow", "İstanbul ı", "ŉ ǰ ΐ",
         "ᾳ ᾼ", "ﬀ", "ǈ", "Ǳ", "ꭰ", "hello WORLD", "x²"]
for w in words:
    print(w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold(), sep=" | ")
    print(" ", w.isupper(), w.islower(), w.istitle(), w.isalpha(), w.isalnum())
print("ǅ".isupper(), "ǅ".islower(), "ǅ".istitle(), "Ǆ".istitle())
print([c for c in "١٢٣²³¹½ⅧⅫ四〇" if c.isdigit()], [c for c in "١٢٣²³¹½ⅧⅫ四〇" if c.isdecimal()],
      [c for c in "١٢٣²³¹½ⅧⅫ四〇" if c.isnumeric()])
print("\u2003\x1c\u3000".isspace(), "\u200b".isspace(), "ａｂｃ".upper(), "𐐀𐐨".lower(), "𐐀𐐨".upper())
print(sorted({w.casefold() for w in ["Straße", "STRASSE", "strasse"]}))
