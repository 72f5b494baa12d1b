print("ok")
msg = "never closed
print(msg)
