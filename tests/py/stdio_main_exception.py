# Leaving with an exception (here SystemExit with a message): pending stderr and stdout are
# flushed (stderr first) before the message is printed.
# stdio: merged
import sys
print("stdout before the exit")
sys.stderr.write("stderr without a newline ")
print("stdout again", end="")
sys.exit("the exit message")
