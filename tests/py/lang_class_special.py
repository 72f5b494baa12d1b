# class-level things: __class__, __name__, __dict__, __init__ returning, __new__, class attributes
class Node:
    kind = "node"
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt
    def __iter__(self):
        n = self
        while n:
            yield n.v
            n = n.nxt
lst = Node(1, Node(2, Node(3)))
print(list(lst), lst.__class__.__name__, Node.__name__, Node.kind)
print(sorted(k for k in lst.__dict__))
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print("created")
        return cls._inst
a = Singleton()
b = Singleton()
print(a is b)
class WithSlots:
    def __init__(self):
        self.__private = "hidden"
    def reveal(self):
        return self.__private
w = WithSlots()
print(w.reveal())
class Meta:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        print("subclass", cls.__name__)
class Sub1(Meta):
    pass
class Sub2(Meta):
    pass
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), type(ml).__name__)
class MyDict(dict):
    def __missing__(self, key):
        return f"no {key}"
md = MyDict(a=1)
print(md["a"], md["b"])
