print("start")
pritn("hello")
