count = 0
def inc():
    count += 1
print("calling inc")
inc()
