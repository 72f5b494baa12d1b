# printf-style formatting: mapping keys, * width/precision, tuples, errors
rec = {"name": "Ann", "score": 9.456, "rank": 3}
print("%(name)s scored %(score).1f (rank %(rank)d)" % rec)
print("%(name)-6s|%(rank)03d|%(score)8.2f|" % rec)
print("%(a)s %(a)r %(a)s" % {"a": "twice"})
print("[%*d]" % (6, 42), "[%-*d]" % (6, 42), "[%.*f]" % (2, 3.14159), "[%*.*f]" % (8, 3, 2.5))
print("%s" % (("tuple", "inside"),), "%s" % [1, 2], "%s-%s" % ("a", "b"))
print("%5.1s|%-5.3s|" % ("hello", "world"), "%r" % "q")
print("%%d shows %d" % 1, "%c" % 10004, "%3c|" % "x")
print("%x" % 255, "%08.3f" % -3.14159, "%+.2e" % 12345.6789, "%g" % 1e-10, "%G" % 1e20)
print("%s %s" % (None, True), "%d" % True, "%.0f" % 0.5, "%.0f" % 1.5)
try:
    "%d %d" % (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    "%d" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%(k)s" % {"other": 1}
except KeyError as e:
    print("KeyError:", e)
try:
    "%z" % 1
except ValueError as e:
    print("ValueError:", e)
