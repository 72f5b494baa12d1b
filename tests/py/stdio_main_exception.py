# An uncaught exception: pending stderr and stdout are flushed before the traceback is printed.
# stdio: merged
import sys
print("stdout before the error")
sys.stderr.write("stderr without a newline ")
def f(x):
    return 1 / x
print("stdout again", end="")
f(0)
