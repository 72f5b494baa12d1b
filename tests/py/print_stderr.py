# print to stderr does not appear on stdout
import sys
print("out 1")
print("err 1", file=sys.stderr)
print("out 2", file=sys.stdout)
print("err 2", file=sys.stderr, flush=True)
sys.stderr.write("err 3\n")
print("out 3")
print("to None file goes to stdout", file=None)
