name = "ann"
print "hello", name
