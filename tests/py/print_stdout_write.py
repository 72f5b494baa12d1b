# sys.stdout.write returns the number of characters written
import sys
n = sys.stdout.write("hello\n")
print(n)
m = sys.stdout.write("")
print(m)
k = sys.stdout.write("日本語\n")
print(k)
sys.stdout.write("no newline ")
sys.stdout.write("then newline\n")
sys.stdout.flush()
print(sys.stdout.write("x" * 3), end="\n")
e = sys.stderr.write("err\n")
print("stderr write returned", e)
