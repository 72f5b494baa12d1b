# print() is separate write() calls on its file (str(a), sep, str(b), ..., end), then flush()
# if asked; sys.stdout can be replaced by any object with write; the errors are CPython's.
import sys

class Recorder:
    def __init__(self):
        self.calls = []
    def write(self, s):
        self.calls.append(("write", s))
        return len(s)
    def flush(self):
        self.calls.append(("flush",))

r = Recorder()
print("a", 1, [2, 3], sep="--", end="!\n", file=r)
print(file=r)
print("x", "y", file=r, flush=True)
print("no sep", "given", sep=None, end=None, file=r)
for call in r.calls:
    print(call)

saved = sys.stdout
sys.stdout = Recorder()
print("captured", 42)
captured = sys.stdout.calls
sys.stdout = saved
print("captured calls:", captured)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)

class NoFlush:
    def write(self, s):
        return len(s)

try:
    print("x", file=NoFlush(), flush=True)
except AttributeError as e:
    print("AttributeError:", e)
for bad in (dict(sep=5), dict(end=b"\n")):
    try:
        print("x", **bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", file=42)
except AttributeError as e:
    print("AttributeError:", e)
print(sys.stdout.write("four"), sys.stdout.flush())
print(sys.stdout.name, sys.stderr.name, sys.stdout.encoding, sys.stdout.writable(), sys.stdout.isatty())
