import sys
print(sys.maxsize > 0)
sys.no_such_thing
