# A typo in a module attribute: the printed traceback suggests from dir(module).
import math
print(math.sqrt(16))
print(math.sqr(16))
