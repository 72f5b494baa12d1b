// engine.worker.ts: the engine worker. It hosts the Emscripten module (a
// PROXY_TO_PTHREAD build: the interpreter's main() runs in a pthread, so this worker's
// JS thread stays free to start more pthreads and to answer the page). It never
// blocks: it starts runs, polls the engine every ~16 ms, and posts output batches.
// The page may terminate this worker at any time (the hard stop); nothing here
// needs cleaning up.

/// <reference lib="webworker" />

import {
  defaultRunConfig,
  parsePageToWorker,
  type OutputChunk,
  type PageToWorker,
  type StepPause,
  type TraceEvent,
  type WorkerToPage,
} from '../messages';
import { Engine } from './binding';
import { coalesce } from './events';
import warmUpProgram from './warmup.py?raw';

declare const self: DedicatedWorkerGlobalScope;

const POLL_MS = 16;

let engine: Engine | null = null;
let activeRun: number | null = null;
let pollTimer: ReturnType<typeof setInterval> | null = null;

function post(msg: WorkerToPage): void {
  self.postMessage(msg);
}

function fail(message: string): void {
  stopPolling();
  engine = null;
  post({ type: 'failed', message });
}

function stopPolling(): void {
  if (pollTimer !== null) clearInterval(pollTimer);
  pollTimer = null;
}

/** Drains the engine once and forwards what it found to the page. */
function poll(): void {
  if (!engine || activeRun === null) return stopPolling();
  let events;
  try {
    events = engine.drain();
  } catch (e) {
    return fail(`engine drain failed: ${String(e)}`);
  }
  const runId = activeRun;
  const chunks: OutputChunk[] = [];
  const trace: TraceEvent[] = [];
  let exitCode: number | null = null;
  let lost = 0;
  let pause: StepPause | null = null;
  let waiting: boolean | null = null;
  for (const ev of events) {
    if (ev.kind === 'out') chunks.push(ev.chunk);
    else if (ev.kind === 'trace') trace.push(ev.event);
    else if (ev.kind === 'step') pause = ev.pause;
    else if (ev.kind === 'input') waiting = ev.waiting;
    else if (ev.kind === 'exit') {
      exitCode = ev.code;
      lost = ev.lost;
    }
  }
  if (trace.length > 0) post({ type: 'trace', runId, events: trace });
  if (chunks.length > 0) post({ type: 'output', runId, chunks: coalesce(chunks) });
  if (waiting !== null && exitCode === null) post({ type: 'input', runId, waiting });
  // At most one pause per drain: the run waits at it until the page answers.
  if (pause !== null && exitCode === null) post({ type: 'paused', runId, pause });
  if (exitCode !== null) {
    activeRun = null;
    stopPolling();
    post({ type: 'exit', runId, code: exitCode, lost });
  }
}

async function init(engineBase: string): Promise<void> {
  const t0 = performance.now();
  try {
    engine = await Engine.load(engineBase, {
      print: (text) => post({ type: 'log', level: 'info', text }),
      printErr: (text) => post({ type: 'log', level: 'error', text }),
      onAbort: (what) => fail(`engine aborted: ${what}`),
    });
  } catch (e) {
    return fail(`could not load the engine: ${e instanceof Error ? e.message : String(e)}`);
  }
  await warmUp(engine);
  post({ type: 'ready', loadMs: Math.round(performance.now() - t0) });
}

/**
 * V8 runs new wasm code in its baseline tier and swaps in optimized code only for later calls
 * (no on-stack replacement), and the interpreter's eval loop is one call per program. A short
 * program run at load spends the eval loop's tier-up budget, so V8 optimizes it in the
 * background and the user's first run already gets the fast code: measured under node, a
 * 3-million-iteration loop takes 1.0 s in the first run of an engine and 0.35-0.45 s after.
 */
const WARM_UP = warmUpProgram;

async function warmUp(e: Engine): Promise<void> {
  try {
    if (!e.start(WARM_UP, { ...defaultRunConfig, trace: false, mode: 'real' })) return;
    const deadline = performance.now() + 5000;
    let stopped = false;
    for (;;) {
      if (e.drain().some((ev) => ev.kind === 'exit')) return;
      if (!stopped && performance.now() > deadline) {
        e.requestStop();   // never leave it running when the page is told the engine is ready
        stopped = true;
      }
      if (performance.now() > deadline + 5000) throw new Error('the warm-up run did not stop');
      await new Promise((r) => setTimeout(r, 5));
    }
  } catch (err) {
    // A failed warm-up only costs speed, unless the engine is stuck: then it is not ready.
    if (e.isRunning()) throw err;
  }
}

function handle(msg: PageToWorker): void {
  switch (msg.type) {
    case 'init':
      void init(msg.engineBase);
      return;
    case 'run': {
      if (!engine) return post({ type: 'rejected', runId: msg.runId, reason: 'engine not loaded' });
      if (activeRun !== null) {
        return post({ type: 'rejected', runId: msg.runId, reason: 'a program is already running' });
      }
      let ok: boolean;
      try {
        ok = engine.start(msg.code, msg.config);
      } catch (e) {
        return fail(`engine start failed: ${String(e)}`);
      }
      if (!ok) return post({ type: 'rejected', runId: msg.runId, reason: 'the engine is busy' });
      activeRun = msg.runId;
      post({ type: 'started', runId: msg.runId });
      if (pollTimer === null) pollTimer = setInterval(poll, POLL_MS);
      return;
    }
    case 'stop':
      if (engine && activeRun === msg.runId) engine.requestStop();
      return;
    case 'input':
      if (engine && activeRun === msg.runId) engine.sendInput(msg.text);
      return;
    case 'inputEnd':
      if (engine && activeRun === msg.runId) engine.closeInput();
      return;
    case 'step':
      if (engine && activeRun === msg.runId) engine.step(msg.thread, msg.how);
      return;
  }
}

self.onmessage = (e: MessageEvent<unknown>) => {
  const msg = parsePageToWorker(e.data);
  if (!msg) {
    post({ type: 'log', level: 'error', text: `engine worker: dropped a malformed message` });
    return;
  }
  handle(msg);
};

self.addEventListener('unhandledrejection', (e) => fail(`engine error: ${String(e.reason)}`));
