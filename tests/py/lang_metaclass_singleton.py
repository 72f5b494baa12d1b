# the singleton metaclass of threading tutorials: __call__ with a class-level dict and a Lock, used from several threads
import threading

class Singleton(type):
    _instances = {}
    _lock = threading.Lock()

    def __call__(cls, *args, **kwargs):
        with cls._lock:
            if cls not in cls._instances:
                cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, name="default"):
        print("Config.__init__", name)
        self.name = name
        self.values = {}


class Logger(metaclass=Singleton):
    def __init__(self):
        self.lines = []

    def log(self, msg):
        self.lines.append(msg)


a = Config("first")
b = Config("second")
print(a is b, a.name, b.name)
print(Logger() is Logger(), Logger() is not a)
print(sorted(c.__name__ for c in Singleton._instances))

seen = []
seen_lock = threading.Lock()

def worker(i):
    lg = Logger()
    lg.log(i)
    with seen_lock:
        seen.append(id(lg))

threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(set(seen)), sorted(Logger().lines))

# the double-checked variant with a lock per class made in __init__
class PerClass(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls._instance = None
        cls._lock = threading.Lock()

    def __call__(cls, *args, **kwargs):
        if cls._instance is None:
            with cls._lock:
                if cls._instance is None:
                    cls._instance = super().__call__(*args, **kwargs)
        return cls._instance


class Pool(metaclass=PerClass):
    created = 0
    def __init__(self):
        Pool.created += 1

results = []
def get_pool():
    results.append(Pool())

ts = [threading.Thread(target=get_pool) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(Pool.created, all(r is results[0] for r in results), len(results))

class SubPool(Pool):
    pass
print(SubPool() is Pool(), type(SubPool()).__name__, Pool.created)

# a singleton via __new__ on a base class, for comparison
class Once:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Once() is Once())
