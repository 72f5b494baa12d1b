# format spec: sign (+, -, space), zero padding, alternate form (#), width interplay
for v in [7, -7, 0, 3.25, -3.25, 0.0, -0.0]:
    print(f"[{v:+}] [{v:-}] [{v: }] [{v:+08}] [{v: 08}] [{v:08}]")
print(f"[{255:#x}] [{255:#X}] [{8:#o}] [{5:#b}] [{-255:#x}] [{0:#b}]")
print(f"[{255:#010x}] [{5:#010b}] [{-5:#010b}] [{255:+#x}]")
print(f"[{3.0:#g}] [{3.0:g}] [{3.5:#.0f}] [{3.5:.0f}] [{2.5:.0f}] [{1e5:#.3g}]")
print(f"[{42:05d}] [{-42:05d}] [{42:+05d}] [{42:05}] [{'7':0>3}]")
print(f"[{1.5:010.3f}] [{-1.5:010.3f}] [{1.5:+.1e}] [{12:+.2%}]")
print(f"[{float('inf'):+}] [{float('-inf'):08}] [{float('nan'):+}] [{float('inf'):08.2f}]")
print(format(12, "+d"), format(-12, " d"), format(12, " d"), format(0, "+"))
print("%+d %+d % d % d %+.1f %05.1f %+05d" % (5, -5, 5, -5, 2.25, -2.5, 3))
print("%#x %#o %#X %x" % (255, 8, 255, -255))
print(str(5).zfill(4), "-5".zfill(4), "+5".zfill(4), "abc".zfill(5), "".zfill(2))
