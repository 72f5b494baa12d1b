# two builtin bases with different layouts: the class statement fails (no carets under a class statement)
class Both(int, str):
    """no instance can be both"""
    pass
