# enum: Flag and IntFlag (composites, their names and reprs, ~, in, len, iteration in
# definition or value order, STRICT and KEEP boundaries), __prepare__'s duplicate-name error.
from enum import Enum, Flag, IntFlag, auto
class Perm(Flag):
    R = 4
    W = 2
    X = 1
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
rw = Perm.R | Perm.W
print(rw, repr(rw), rw.value, rw.name, Perm.R in rw, Perm.X in rw, list(rw), list(Perm), len(rw))
print(repr(~Perm.R), repr(Perm(0)), bool(Perm(0)), repr(Perm(7)), repr(Perm.R & Perm.W), repr(rw ^ Perm.W), rw is (Perm.W | Perm.R))
print(list(Color), repr(Color.WHITE), repr(Color.RED | Color.BLUE), Color.WHITE.name, repr(~Color.RED), Color(3), Perm, Color.RED.value, Color.BLUE.value)
print(str(Perm.R), format(rw), f'{rw}', Perm(6) is rw, Perm.R | Perm.R is Perm.R)
try: Perm(8)
except ValueError as e: print('ValueError:', e)
try: Perm.R | 1
except TypeError as e: print('TypeError:', e)
class P2(IntFlag):
    R = 4
    W = 2
    X = 1
print(P2.R | P2.W, repr(P2.R | P2.W), P2.R | 1, repr(P2.R | 8), P2.R + 1, repr(~P2.R), str(P2.R), P2(0), repr(P2(0)), isinstance(P2.R, int), list(P2.R | P2.X))
print(repr(P2(9)), P2.W in P2(6), P2.R == 4, repr(Perm.R & Perm.X))
print(repr(P2.R | 1), repr(1 | P2.W), repr(P2.R & 12), repr(P2.W ^ P2.W), repr(~(P2.R | P2.W)), repr(Perm.R ^ Perm.W))
class Opts(Flag):
    NONE = 0
    A = auto()
    B = auto()
    AB = A | B
print(list(Opts), repr(Opts.NONE), repr(Opts.AB), repr(Opts(3)), Opts.A in Opts.AB, Opts.NONE in Opts.A, repr(Opts.A | Opts.B), Opts._member_names_)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print('TypeError:', e)
try:
    Perm.R in 4
except TypeError as e:
    print('TypeError:', e)
try:
    4 in Perm.R
except TypeError as e:
    print('TypeError:', e)
