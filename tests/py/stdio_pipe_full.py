# stdout's 8192-byte buffer: when it fills, a block goes out; stderr lines show where.
# stdio: merged
import sys
for i in range(60):
    print(f"line {i:03d} " + "x" * 290)
    if i % 7 == 6:
        print(f"err after line {i}", file=sys.stderr)
sys.stdout.write("y" * 20000 + "\n")
print("err after the long write", file=sys.stderr)
print("z" * 9000, end="")
print("err after 9000 more", file=sys.stderr)
print("the end")
