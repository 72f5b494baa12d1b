# many prints and long lines are delivered completely and in order
for i in range(2000):
    print(i, i * i, sep=":")
print("x" * 10000)
print("end")
