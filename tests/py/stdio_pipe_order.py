# stdout into a file or pipe is block-buffered and stderr line-buffered: in one log (2>&1)
# stderr's lines come first and stdout arrives when flushed or at exit.
# stdio: merged
import sys
print("out 1")
print("err 1", file=sys.stderr)
print("out 2")
sys.stderr.write("err 2 without a newline")
sys.stderr.write(", then the newline\n")
print("out 3", flush=True)
print("err 3", file=sys.stderr)
sys.stdout.write("out 4 (write) ")
sys.stdout.flush()
print("err 4", file=sys.stderr)
print("out 5", end="")
print(" end of out 5")
print("isatty", sys.stdout.isatty(), "line_buffering", sys.stdout.line_buffering, sys.stderr.line_buffering)
print("err 5: the last line of stderr", file=sys.stderr)
