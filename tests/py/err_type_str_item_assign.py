word = "hello"
print(word.upper())
word[0] = "J"
