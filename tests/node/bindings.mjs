// bindings.mjs: checks the page's raw engine API (src/bindings/embind.cpp) under node, through
// build-wasm/interleave-bindings-node.js (the same bindings built for node): _start, _drain
// (JSON events, UTF-8 kept whole), _requestStop, _isRunning, the config keys, backpressure,
// console input (_sendInput, _closeInput) and step mode (_step).
// usage: node --no-experimental-fetch tests/node/bindings.mjs [build-wasm/interleave-bindings-node.js]
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const modulePath = path.resolve(process.argv[2] ?? 'build-wasm/interleave-bindings-node.js');
const createInterleave = require(modulePath);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let M;

// Runs [code] to its exit event; returns { out, err, code, events, ms, maxDrain }.
// [onEvent(e)] sees every drained event as it arrives (to answer input and step events).
async function run(code, config = {}, { stopAfterMs = null, timeoutMs = 60000, firstDrainAfterMs = 0, onEvent = null } = {}) {
  if (!M._start(code, JSON.stringify(config))) throw new Error('_start refused');
  const t0 = Date.now();
  if (firstDrainAfterMs) await sleep(firstDrainAfterMs);
  const events = [];
  let stopped = false;
  let maxDrain = 0;
  for (;;) {
    const json = M._drain();
    maxDrain = Math.max(maxDrain, json.length);
    const batch = JSON.parse(json);
    if (!Array.isArray(batch)) throw new Error('_drain did not return an array');
    events.push(...batch);
    if (onEvent) for (const e of batch) onEvent(e);
    if (batch.some((e) => e.k === 'exit')) break;
    if (stopAfterMs !== null && !stopped && Date.now() - t0 > stopAfterMs) {
      M._requestStop();
      stopped = true;
    }
    if (Date.now() - t0 > timeoutMs) throw new Error(`no exit event after ${timeoutMs} ms`);
    await sleep(5);
  }
  const text = (s) => events.filter((e) => e.k === 'out' && e.s === s).map((e) => e.d).join('');
  const exit = events.find((e) => e.k === 'exit');
  return { out: text(1), err: text(2), code: exit.code, events, ms: Date.now() - t0, maxDrain };
}

const checks = [];
const check = (name, fn) => checks.push({ name, fn });
function expect(cond, message) {
  if (!cond) throw new Error(message);
}
function expectEq(actual, expected, what) {
  expect(actual === expected, `${what}: ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
}

check('hello with non-ASCII text', async () => {
  const r = await run('print("héllo €", "😀")\n');
  expectEq(r.out, 'héllo € 😀\n', 'stdout');
  expectEq(r.code, 0, 'exit code');
  expect(!M._isRunning(), '_isRunning after the exit event');
});

check('a second _start while running is refused', async () => {
  expect(M._start('import time\ntime.sleep(0.3)\nprint("done")\n', '{}'), 'first _start');
  expect(M._isRunning(), '_isRunning after _start');
  expect(!M._start('print("no")\n', '{}'), 'second _start must return false');
  let events = [];
  const t0 = Date.now();
  while (!events.some((e) => e.k === 'exit') && Date.now() - t0 < 30000) {
    events.push(...JSON.parse(M._drain()));
    await sleep(5);
  }
  const out = events.filter((e) => e.k === 'out').map((e) => e.d).join('');
  expectEq(out, 'done\n', 'stdout');
});

check('threads: total 4000 (tests/py/threads_total.py)', async () => {
  const code = `import threading, time
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
  const r = await run(code);
  expectEq(r.out, 'total 4000\n', 'stdout');
  expectEq(r.code, 0, 'exit code');
});

check('thread ids on events', async () => {
  const code = `import threading
def f(): print("from thread", flush=True)
t = threading.Thread(target=f); t.start(); t.join()
print("from main", flush=True)
`;
  const r = await run(code, { stdout: 'unbuffered' });
  const ids = r.events.filter((e) => e.k === 'out').map((e) => `${e.t}:${e.d}`);
  expect(r.events.filter((e) => e.k === 'out').every((e) => Number.isInteger(e.t) && (e.s === 1 || e.s === 2)),
    'every out event has an integer t and s 1|2');
  expect(r.events.some((e) => e.k === 'out' && e.t !== 0), `a non-main thread id, got ${ids.join(' | ')}`);
  expectEq(r.out, 'from thread\nfrom main\n', 'stdout');
});

check('stderr, sys.exit code and an uncaught exception', async () => {
  let r = await run('import sys\nprint("oops", file=sys.stderr)\nsys.exit(3)\n');
  expectEq(r.err, 'oops\n', 'stderr');
  expectEq(r.code, 3, 'exit code');
  r = await run('x = 1\n1/0\n', { filename: 'prog.py' });
  expectEq(r.code, 1, 'exit code');
  expect(r.err.includes('File "prog.py", line 2'), `traceback names prog.py line 2: ${r.err}`);
  expect(r.err.trimEnd().endsWith('ZeroDivisionError: division by zero'), `last line: ${r.err}`);
});

check('config: argv, stdin, switch interval, unknown keys', async () => {
  const r = await run(
    'import sys\nprint(sys.argv)\nprint(input())\nprint(input())\nprint(sys.getswitchinterval())\n',
    { filename: 'x.py', argv: ['a', 'é'], stdin: 'line one\nline two\n', switchInterval: 0.002,
      unknown: { nested: [1, '}'] }, stdout: 'pipe', bufferSize: 64, checkPoints: '3.9', maxThreads: 8 });
  expectEq(r.out, "['x.py', 'a', 'é']\nline one\nline two\n0.002\n", 'stdout');
});

check('malformed config JSON still runs with defaults', async () => {
  const r = await run('print("ok")\n', undefined);
  expectEq(r.out, 'ok\n', 'stdout');
  expect(M._start('print(1)\n', '{"stdout": tty'), '_start with broken JSON');
  while (M._isRunning()) await sleep(5);
  expectEq(JSON.parse(M._drain()).filter((e) => e.k === 'out').map((e) => e.d).join(''), '1\n', 'stdout');
});

check('UTF-8 is never split across events (pipe buffer of 5 bytes)', async () => {
  const r = await run('print("ééééé€€€😀😀" * 50)\n', { stdout: 'pipe', bufferSize: 5 });
  expectEq(r.out, 'ééééé€€€😀😀'.repeat(50) + '\n', 'stdout');
  expect(!r.out.includes('\ufffd'), 'no U+FFFD');
});

check('stop: a CPU-bound loop ends with 130', async () => {
  const r = await run('while True:\n    pass\n', {}, { stopAfterMs: 300, timeoutMs: 10000 });
  expectEq(r.code, 130, 'exit code');
  expect(r.ms < 5000, `stopped within 5 s (took ${r.ms} ms)`);
});

check('stop: sleeping threads end with 130', async () => {
  const code = `import threading, time
def f():
    while True: time.sleep(0.01)
for _ in range(3): threading.Thread(target=f).start()
while True: time.sleep(0.05)
`;
  const r = await run(code, {}, { stopAfterMs: 300, timeoutMs: 10000 });
  expectEq(r.code, 130, 'exit code');
});

check('a fresh run after a stop', async () => {
  const r = await run('print("again")\n');
  expectEq(r.out, 'again\n', 'stdout');
  expectEq(r.code, 0, 'exit code');
});

check('lots of output: 6 MB, beyond the 4 MB queue (backpressure keeps every byte)', async () => {
  const n = 6000;
  const r = await run(`for i in range(${n}):\n    print(str(i).rjust(1000, "."))\n`, { stdout: 'pipe' },
    { firstDrainAfterMs: 1500 });  // the engine fills the queue and waits meanwhile
  const lines = r.out.split('\n');
  expectEq(lines.length, n + 1, 'line count + 1');
  expectEq(lines[n - 1], String(n - 1).padStart(1000, '.'), 'last line');
  expect(lines.every((l, i) => i === n || l.length === 1000), 'every line whole');
  expect(r.maxDrain < 5e6, `the queue stayed bounded (largest drain ${r.maxDrain} chars)`);
});

let failed = 0;
check('seeded mode with the event stream: the same seed gives the same events', async () => {
  const code = [
    'import threading, time',
    'def w(i):',
    '    time.sleep(i / 10)',
    '    print("Hello from", i)',
    'ts = [threading.Thread(target=w, args=(i,)) for i in range(3)]',
    'for t in ts: t.start()',
    'for t in ts: t.join()',
    'print(round(time.monotonic() - 1000, 1))',
  ].join('\n') + '\n';
  const cfg = { mode: 'seeded', seed: 5, stdout: 'unbuffered', trace: true };
  const a = await run(code, cfg);
  const b = await run(code, cfg);
  expectEq(a.code, 0, 'exit code');
  expect(a.out.endsWith('0.2\n'), `virtual time: ${JSON.stringify(a.out)}`);
  const evs = (r) => r.events.filter((e) => e.k === 'ev');
  expect(evs(a).length > 20, `events: ${evs(a).length}`);
  expect(evs(a).some((e) => e.e === 'GIL taken' && e.r), 'GIL events with a reason');
  expect(evs(a).some((e) => e.e === 'thread start' && e.x === 'Thread-2 (w)'), 'thread names');
  expectEq(JSON.stringify(evs(a)), JSON.stringify(evs(b)), 'the events of two runs with one seed');
  expectEq(a.out, b.out, 'stdout of two runs with one seed');
});

check('console input: lines typed arrive at input(); the end of input raises EOFError', async () => {
  const code = 'name = input("Name? ")\nprint("hi", name)\ninput()\n';
  let waits = 0;
  const r = await run(code, { input: 'console' }, {
    onEvent: (e) => {
      if (e.k !== 'input' || !e.on) return;
      if (++waits === 1) M._sendInput('Ada Lovelace\r\n');
      else M._closeInput();
    },
  });
  expectEq(waits, 2, 'input waits announced');
  expectEq(r.out, 'Name? hi Ada Lovelace\n', 'stdout');
  expect(r.err.endsWith('EOFError: EOF when reading a line\n'), `stderr: ${r.err}`);
  expectEq(r.code, 1, 'exit code');
});

check('console input: text typed ahead is read later; Stop ends a waiting input()', async () => {
  let sent = false;
  const ahead = await run('print("ready", flush=True)\nimport time\ntime.sleep(0.3)\nprint(input() + input())\n', { input: 'console', mode: 'real' }, {
    onEvent: (e) => {
      if (e.k === 'out' && !sent) {
        sent = true;
        M._sendInput('ab\ncd\n');
      }
    },
  });
  expectEq(ahead.out, 'ready\nabcd\n', 'stdout with typed-ahead input');
  const r = await run('print("waiting", flush=True)\ninput()\nprint("never")\n', { input: 'console' }, {
    onEvent: (e) => { if (e.k === 'input' && e.on) M._requestStop(); },
  });
  expectEq(r.code, 130, 'exit code after Stop');
  expectEq(r.out, 'waiting\n', 'stdout');
});

// Runs the step-mode race with [answer(stepEvent) -> [thread, how]] until the exit.
async function stepRun(answer, seed = 3) {
  const code = [
    'import threading',
    'def worker(n):',
    '    print("hello from", n)',
    'ts = [threading.Thread(target=worker, args=(i,)) for i in (1, 2)]',
    'for t in ts: t.start()',
    'for t in ts: t.join()',
    'print("done")',
  ].join('\n') + '\n';
  const steps = [];
  const r = await run(code, { step: true, seed, stdout: 'pipe', trace: true }, {
    onEvent: (e) => {
      if (e.k !== 'step') return;
      steps.push(e);
      const choice = answer(e);
      if (choice) M._step(choice[0], choice[1]);
    },
  });
  return { ...r, steps };
}

check('step mode: pauses list the threads; the choices decide the interleaving', async () => {
  // Always run the highest-numbered runnable thread for one line.
  const last = (e) => [Math.max(...e.o.filter((o) => o.r).map((o) => o.t)), 1];
  const a = await stepRun(last);
  const b = await stepRun(last, 99);  // another seed: the choices, not the seed, decide
  expectEq(a.code, 0, 'exit code');
  expect(a.steps.length > 5, `steps: ${a.steps.length}`);
  const first = a.steps[0];
  expect(first.n === 1 && typeof first.vt === 'number', 'step number and virtual time');
  expect(first.o.some((o) => o.n === 'MainThread' && o.l > 0 && o.c.length > 0 && o.d.length > 0), 'the main thread with its line');
  expect(a.steps.some((e) => e.o.some((o) => o.n === 'Thread-2 (worker)' && o.d === 'starts')), 'a thread about to start');
  expectEq(a.out, b.out, 'stdout of the same choices with another seed');
  expectEq(a.out.split('\n').sort().join('|'), '|done|hello from 1|hello from 2', 'the lines');
  // Letting the run go free at the first pause ends the pauses.
  const free = await stepRun(() => [-1, 2]);
  expectEq(free.steps.length, 1, 'pauses after "let it run"');
  expectEq(free.code, 0, 'exit code of the freed run');
});

check('step mode: Stop at a pause ends the run', async () => {
  const r = await stepRun(() => { M._requestStop(); return null; });
  expectEq(r.code, 130, 'exit code');
});

const t0 = Date.now();
try {
  M = await createInterleave();
  console.log(`bindings: module ready in ${Date.now() - t0} ms (${path.basename(modulePath)})`);
} catch (e) {
  console.log(`FAIL loading ${modulePath}: ${e}`);
  process.exit(1);
}
for (const { name, fn } of checks) {
  const t = Date.now();
  try {
    await fn();
    console.log(`ok   ${name} (${Date.now() - t} ms)`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e.message}`);
    // Leave the engine idle for the next check.
    if (M._isRunning()) M._requestStop();
    for (let i = 0; i < 1000 && M._isRunning(); i++) await sleep(10);
    M._drain();
  }
}
console.log(`${checks.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
