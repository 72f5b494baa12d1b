# nested with-blocks on one RLock; other threads wait until the outermost block ends
import threading
rl = threading.RLock()
log = []
def nested(depth, tag):
    with rl:
        log.append((tag, depth))
        if depth < 3:
            nested(depth + 1, tag)
ts = [threading.Thread(target=nested, args=(0, k)) for k in "abc"]
for t in ts: t.start()
for t in ts: t.join()
runs = [log[i:i + 4] for i in range(0, len(log), 4)]
print(all(len({tag for tag, _ in r}) == 1 and [d for _, d in r] == [0, 1, 2, 3] for r in runs))
print(sorted(r[0][0] for r in runs))
probe = []
with rl:
    with rl:
        pass
    t = threading.Thread(target=lambda: probe.append(rl.acquire(False)))
    t.start(); t.join()
print(probe)
