# property(): four-argument form, deleters, read-only messages, subclass extending a setter
class Account:
    def __init__(self):
        self._owner = "ann"
    def get_owner(self):
        return self._owner
    def set_owner(self, v):
        self._owner = v.strip().lower()
    def del_owner(self):
        print("deleting owner")
        del self._owner
    owner = property(get_owner, set_owner, del_owner, "the owner")
a = Account()
a.owner = "  BOB "
print(a.owner, Account.owner.__doc__)
del a.owner
print(hasattr(a, "_owner"))
try:
    a.owner
except AttributeError as e:
    print("AttributeError:", e)
class Base:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
class Child(Base):
    @Base.v.setter
    def v(self, value):
        self._v = value * 2
c = Child()
c.v = 5
print(c.v, Base.v.fset is None, Child.v.fset is not None)
p = property(lambda self: 42)
print(p.fget(None), p.fset, p.fdel)
class Cached:
    @property
    def data(self):
        if "_data" not in self.__dict__:
            print("computing")
            self._data = [1, 2, 3]
        return self._data
    @data.deleter
    def data(self):
        self.__dict__.pop("_data", None)
k = Cached()
print(k.data, k.data)
del k.data
print(k.data)
