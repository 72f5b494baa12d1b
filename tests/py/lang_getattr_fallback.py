# __getattr__ is only a fallback; delegation; hasattr/getattr with default
class Config:
    defaults = {"color": "blue", "size": 10}
    def __init__(self):
        self.size = 99
    def __getattr__(self, name):
        print("fallback for", name)
        if name in self.defaults:
            return self.defaults[name]
        raise AttributeError(f"no setting {name!r}")
c = Config()
print(c.size)
print(c.color)
print(getattr(c, "missing", "default-used"))
print(hasattr(c, "other"))
try:
    c.nothing
except AttributeError as e:
    print("AttributeError:", e)
class Wrapper:
    def __init__(self, obj):
        self._obj = obj
        self.calls = 0
    def __getattr__(self, name):
        self.calls += 1
        return getattr(self._obj, name)
w = Wrapper([3, 1, 2])
w.append(0)
w.sort()
print(w._obj, w.count(1), w.calls)
class Dynamic:
    def __getattr__(self, name):
        if name.startswith("get_"):
            field = name[4:]
            return lambda: f"value of {field}"
        raise AttributeError(name)
d = Dynamic()
print(d.get_name(), d.get_age())
print(getattr(d, "other", None))
class Loud:
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
    def __init__(self):
        self.secret = "real"
        self.plain = "plain"
l = Loud()
print(l.secret, l.plain, l.__dict__["secret"])
