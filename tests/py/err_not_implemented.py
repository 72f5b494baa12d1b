def inner():
    raise NotImplementedError("subclass must implement")
def outer():
    inner()
print("start")
outer()
