// examples.ts: programs shipped with the page. The first one is the editor's default.

export const DEFAULT_PROGRAM = `import threading, time
lock = threading.Lock()
total = 0
def work(n):
    global total
    for i in range(n):
        with lock:
            total = total + 1
    time.sleep(0.01)
ts = [threading.Thread(target=work, args=(1000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print("total", total)
`;
