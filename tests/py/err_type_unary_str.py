x = "5"
print(+int(x))
print(-x)
