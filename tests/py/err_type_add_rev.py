print("start")
x = "2" + 1
