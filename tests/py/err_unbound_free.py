def outer():
    def inner():
        return threshold
    print("calling inner")
    result = inner()
    threshold = 1
    return result
outer()
