digits = 2024
print(str(digits)[0])
print(digits[0])
