// examples.ts: the programs shipped with the page (the gallery's print-race scenarios of
// shared/design.md, 4 and 5), each with the run settings that show its point. The first one is
// the editor's default. Data only: the examples menu in main.ts loads them.

import type { RunSettings } from './settings/settings';

export interface Example {
  id: string;
  title: string;
  /** What to look at, shown in the status line when the example is loaded. */
  hint: string;
  code: string;
  settings: Partial<RunSettings>;
}

const race = (print: string, extra = '') => `import threading${extra}
def worker(i):
    for k in range(3):
        ${print}
ts = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
`;

export const EXAMPLES: Example[] = [
  {
    id: 'lock-total',
    title: 'Four threads, one lock: total 4000',
    hint: 'The lock makes total = total + 1 safe: always 4000.',
    code: `import threading, time
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
`,
    settings: { mode: 'seeded', stdout: 'tty' },
  },
  {
    id: 'print-race-unbuffered',
    title: 'Print race, unbuffered: torn lines',
    hint: 'print writes the text and the newline separately: "Hello from 1Hello from 2" then an empty line.',
    code: `# print(x) is two writes, str(x) then "\\n", and unbuffered every write reaches the OS:
# another thread can run between them. Look for "Hello from 1Hello from 2" + an empty line.
${race('print(f"Hello from {i}")')}`,
    settings: { mode: 'seeded', seed: 7, stdout: 'unbuffered', printSwitch: 'faithful' },
  },
  {
    id: 'print-race-pipe',
    title: 'Print race into a pipe (32-byte buffer)',
    hint: 'A line tears where a write finds the buffer full (amber rows in Writes).',
    code: `# Into a pipe or a file stdout is block-buffered: the GIL changes hands only when a write
# finds the buffer full and the bytes go to the OS. A tiny buffer makes it happen often.
${race('print(f"Hello from {i}")')}`,
    settings: { mode: 'seeded', seed: 3, stdout: 'pipe', bufferSize: 32, printSwitch: 'faithful' },
  },
  {
    id: 'print-race-flush',
    title: 'Print race with flush=True: whole lines in a pipe',
    hint: 'flush=True empties the buffer at the end of every print, so a full buffer never splits one.',
    code: `# flush=True empties stdout's buffer at the end of each print: in a pipe no line tears.
# (Switch stdout to unbuffered: there it still tears.)
${race('print(f"Hello from {i}", flush=True)')}`,
    settings: { mode: 'seeded', seed: 3, stdout: 'pipe', bufferSize: 32, printSwitch: 'faithful' },
  },
  {
    id: 'print-race-lock',
    title: 'Print race with a lock: never torn',
    hint: 'The lock keeps each print whole in every stdout mode.',
    code: `# A lock around print: no other thread can print between its two writes.
import threading
lock = threading.Lock()
def worker(i):
    for k in range(3):
        with lock:
            print(f"Hello from {i}")
ts = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
`,
    settings: { mode: 'seeded', seed: 7, stdout: 'unbuffered', printSwitch: 'faithful' },
  },
  {
    id: 'print-race-one-write',
    title: 'Print race as one write: never torn',
    hint: 'One write per line: the text and its newline reach the OS together.',
    code: `# One write per line: sys.stdout.write(text + "\\n") cannot be split by a switch.
import sys
${race('sys.stdout.write(f"Hello from {i}\\n")')}`,
    settings: { mode: 'seeded', seed: 7, stdout: 'unbuffered', printSwitch: 'faithful' },
  },
  {
    id: 'block-buffered',
    title: 'Block-buffered stdout: nothing until 8 KiB or exit',
    hint: 'Watch the stdout buffer strip fill while the console stays empty until the program ends.',
    code: `# Into a pipe (a file, a CI log) stdout is block-buffered: these lines sit in the buffer
# (see the strip above the console) and appear only at exit, or when 8 KiB pile up.
# Add flush=True to a print, or run with stdout tty, to see each line at once.
import time
for i in range(8):
    print(f"step {i}: working...")
    time.sleep(0.4)
print("done")
`,
    settings: { mode: 'real', stdout: 'pipe', bufferSize: 8192 },
  },
  {
    id: 'os-exit',
    title: 'os._exit: the buffered lines are lost',
    hint: 'os._exit ends the program without flushing: the console says how many bytes were lost.',
    code: `# os._exit ends the process at once: no flush, so block-buffered lines never appear.
# (sys.exit() or the end of the program would flush them.)
import os
for i in range(5):
    print(f"line {i} of a report")
os._exit(0)
`,
    settings: { mode: 'seeded', stdout: 'pipe', bufferSize: 8192 },
  },
];

export const DEFAULT_PROGRAM = EXAMPLES[0].code;
