// wasm_engine.mjs: runs one Python program the way the page does: in the page's engine (the
// embind build, here its node flavour interleave-bindings-node.js), loaded once and warmed up
// with the page's own warm-up program (web/src/engine/warmup.py) before the timed run. Prints
// the program's stdout; the timed run's wall time goes to stderr as "engine_ms N".
// usage: node --no-experimental-fetch bench/wasm_engine.mjs BINDINGS.js PROGRAM.py
// Under valgrind (bench/wasm_callgrind.sh sets WASM_CALLGRIND=1) the program runs twice and
// callgrind counts the second run only: wasm instruction counts, deterministic on a busy machine.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const [bindings, program] = process.argv.slice(2);
if (!bindings || !program) {
  console.error('usage: node --no-experimental-fetch bench/wasm_engine.mjs BINDINGS.js PROGRAM.py');
  process.exit(2);
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const M = await createRequire(import.meta.url)(path.resolve(bindings))();

// Runs [code] to its exit event; returns its stdout, exit code and wall time.
async function run(code, config) {
  const t0 = performance.now();
  if (!M._start(code, JSON.stringify(config))) throw new Error('_start refused the program');
  let out = '';
  for (;;) {
    const batch = JSON.parse(M._drain());
    for (const e of batch) {
      if (e.k === 'out' && e.s === 1) out += e.d;
      if (e.k === 'out' && e.s === 2) process.stderr.write(e.d);
      if (e.k === 'exit') return { out, code: e.code, ms: performance.now() - t0 };
    }
    await sleep(1);
  }
}

const warmUp = fs.readFileSync(path.join(here, '..', 'web', 'src', 'engine', 'warmup.py'), 'utf8');
// V8 optimizes in the background, so the page's user (who reads the page before pressing Run)
// gets the optimized eval loop; here the warm-up repeats until it stops getting faster.
const callgrind = !!process.env.WASM_CALLGRIND;   // node runs with --no-liftoff: no warm-up needed
let best = Infinity;
for (let i = 0, flat = 0; i < (callgrind ? 1 : 30) && flat < 3; i++) {
  const { ms } = await run(warmUp, { trace: false, mode: 'real' });
  flat = ms < best * 0.95 ? 0 : flat + 1;
  best = Math.min(best, ms);
}
const source = fs.readFileSync(program, 'utf8');
const config = { trace: false, mode: 'real', filename: path.basename(program) };
if (callgrind) await run(source, config);   // compiles (lazily) what the program uses
const instr = (on) => callgrind && execSync(`callgrind_control -i ${on ? 'on' : 'off'} ${process.pid}`, { stdio: 'ignore' });
instr(true);
const r = await run(source, config);
instr(false);
process.stdout.write(r.out);
process.stderr.write(`engine_ms ${r.ms.toFixed(1)}\n`);
process.exit(r.code);
