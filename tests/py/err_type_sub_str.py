price = "10"
print(price + "0")
total = price - 1
