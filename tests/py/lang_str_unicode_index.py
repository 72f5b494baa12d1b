# Indexing, slicing and ranged searches of a non-ASCII str, forwards and backwards (the
# code-point offset hint must give the same answers in any order).
s = 'aé€😀b' * 3
print([s[i] for i in range(len(s))], [s[i:i+2] for i in range(0, len(s), 3)], s[::-1][:5], s[5:1:-1])
print([s[i] for i in reversed(range(len(s)))][:6], s.find('b', 7), s.startswith('€', 2), s.count('é', 3, 12), s.endswith('😀', 0, 4), s[-3], s[7:9], s.index('😀', 4))
t = ''.join(chr(0x3b1 + i % 20) + str(i % 10) for i in range(300))
acc = []
for i in range(0, len(t), 37):
    acc.append(t[i] + t[len(t) - 1 - i] + t[i // 2:i // 2 + 3])
print(''.join(acc), t.find('5', 401), t.rfind('β', 0, 50), t.count('0', 100, 500))
