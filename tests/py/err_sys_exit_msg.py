import sys
print("bye soon")
sys.exit("fatal: something went wrong")
