# ImportError / ModuleNotFoundError attributes and messages; imports inside try
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e.name, str(e))
try:
    from math import no_such_function
except ImportError as e:
    print(type(e).__name__, e.name, str(e).split(" (")[0])
try:
    import math.nothing
except ModuleNotFoundError as e:
    print(e.name, e)
try:
    import fast_json_lib as json_impl
except ImportError:
    json_impl = None
print("fallback used:", json_impl is None)
print(issubclass(ModuleNotFoundError, ImportError))
from math import pi as PI, sqrt
print(round(PI, 3), sqrt(16))
import math as m, random as r
print(m.__name__, r.__name__)
