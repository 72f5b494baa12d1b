# a suspended generator that is dropped gets close()d: its finally block runs
def gen_finally(tag):
    try:
        yield "x"
        yield "y"
    finally:
        print("finally in generator", tag)
for item in gen_finally("loop"):
    print("item", item)
    break
print("after break")
g = gen_finally("del")
print(next(g))
del g
print("after del")
def first(it):
    for x in it:
        return x
print(first(gen_finally("return")))
print("end")
