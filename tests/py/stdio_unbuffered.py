# python -u: stdout and stderr are unbuffered, so one log keeps the program's order.
# stdio: merged unbuffered
import sys
print("out 1")
print("err 1", file=sys.stderr)
sys.stdout.write("out 2 ")
sys.stderr.write("err 2 ")
print("out 3")
print("err 3", file=sys.stderr)
print("a", "b", "c", sep="-", end="|\n")
print(sys.stdout.line_buffering, sys.stderr.line_buffering)
