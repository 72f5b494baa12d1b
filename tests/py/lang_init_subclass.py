# __init_subclass__: registries, keyword arguments, super chaining
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        print("registered", key)
class CsvPlugin(Plugin, name="csv"):
    pass
class JsonPlugin(Plugin):
    pass
class Pretty(JsonPlugin, name="pretty"):
    pass
print(sorted(Plugin.registry))
print(Plugin.registry["pretty"].__mro__[1].__name__)
class Base:
    def __init_subclass__(cls, **kw):
        cls.tag = kw.get("tag", "none")
        cls.depth = getattr(cls, "depth", 0) + 1
class A(Base, tag="alpha"):
    pass
class B(A):
    pass
print(A.tag, A.depth, B.tag, B.depth)
print(hasattr(Base, "tag"))
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
