// messages.ts: every message between the page and the engine worker.
// One discriminated union per direction, and a validator per direction: a message
// is checked on arrival and anything malformed is dropped (and reported), never trusted.

/** Settings for one run; serialised as the engine's configJson (unknown keys are ignored). */
export interface RunConfig {
  filename: string;
  /** stdout as a terminal (line-buffered), a pipe (block-buffered) or unbuffered. */
  stdout: 'tty' | 'pipe' | 'unbuffered';
  bufferSize: number;
  /** Seconds, like sys.setswitchinterval. */
  switchInterval: number;
  checkPoints: '3.9' | '3.10';
  /** seeded: a deterministic schedule and virtual clock drawn from [seed]; real: OS-scheduled. */
  mode: 'seeded' | 'real';
  /** The schedule of a seeded run: the same seed replays the same interleaving. */
  seed: number;
  /** Record the event stream (writes, deliveries, GIL hand-overs) for the page's panels. */
  trace: boolean;
  /** Where print may lose the GIL: where bytes reach the OS (CPython) or at every write. */
  printSwitch: 'faithful' | 'amplified';
  /** input() reads lines typed into the console. */
  input: 'console';
  /** Step mode: the run pauses at every switch until the page chooses who runs (seeded). */
  step: boolean;
}

export const defaultRunConfig: RunConfig = {
  filename: 'main.py',
  stdout: 'tty',
  bufferSize: 8192,
  switchInterval: 0.005,
  checkPoints: '3.10',
  mode: 'seeded',
  seed: 1,
  trace: true,
  printSwitch: 'faithful',
  input: 'console',
  step: false,
};

/** The largest seed the page offers (integers stay exact in JSON and JavaScript). */
export const MAX_SEED = 2 ** 32 - 1;

/**
 * One event of the engine's event stream (src/runtime/trace_events.def): [e] its kind ("write",
 * "delivered", "GIL taken", ...), [t] the thread, [ns] the (virtual in seeded mode) time, [r] a
 * reason ("buffered"/"delivered" for writes, "newline"/"buffer full"/... for deliveries), [a] a
 * number (the stream for writes and deliveries), [x] a text (the bytes, a name).
 */
export interface TraceEvent {
  e: string;
  t: number;
  ns: number;
  r?: string;
  a: number;
  x?: string;
}

/** One thread as a paused step lists it (src/vm/interpreter.h StepOption). */
export interface StepThread {
  thread: number;
  name: string;
  /** It can run now (runnable, or its wait is over); false: blocked. */
  canRun: boolean;
  /** The program line it is at (0: not started). */
  line: number;
  code: string;
  /** "runs", "starts", "wakes up from waiting for Lock 'a'", "waits for ..." */
  doing: string;
}

/** A step-mode run paused at a switch: who could run, and the virtual time. */
export interface StepPause {
  n: number;
  vtime: number;
  threads: StepThread[];
}

/** How a paused step goes on: to the thread's next switch, one line, or no more pauses. */
export type StepHow = 'switch' | 'line' | 'free';

/** Text delivered by the program: stream 1 = stdout, 2 = stderr; thread 0 = main thread. */
export interface OutputChunk {
  stream: 1 | 2;
  thread: number;
  text: string;
}

// ---------------------------------------------------------------- page -> worker

export type PageToWorker =
  /** Load the engine from [engineBase] (a URL ending in '/'). Sent once, first. */
  | { type: 'init'; engineBase: string }
  | { type: 'run'; runId: number; code: string; config: RunConfig }
  /** Ask the running program to end (it exits with 130). */
  | { type: 'stop'; runId: number }
  /** Text typed into the console for input() (whole lines end in \n). */
  | { type: 'input'; runId: number; text: string }
  /** The end of input (Ctrl-D): a waiting input() raises EOFError. */
  | { type: 'inputEnd'; runId: number }
  /** Answers a paused step: [thread] runs ([thread] -1: the seed chooses). */
  | { type: 'step'; runId: number; thread: number; how: StepHow };

// ---------------------------------------------------------------- worker -> page

export type WorkerToPage =
  | { type: 'ready'; loadMs: number }
  | { type: 'started'; runId: number }
  /** The engine refused the run (e.g. one is already active). */
  | { type: 'rejected'; runId: number; reason: string }
  | { type: 'output'; runId: number; chunks: OutputChunk[] }
  | { type: 'trace'; runId: number; events: TraceEvent[] }
  /** A step-mode run paused; it waits for a 'step' message. */
  | { type: 'paused'; runId: number; pause: StepPause }
  /** A thread waits in input() for a line (true), or no longer (false). */
  | { type: 'input'; runId: number; waiting: boolean }
  /** [lost]: stdout bytes still buffered when a stopped run ended (they never reached the console). */
  | { type: 'exit'; runId: number; code: number; lost: number }
  /** Diagnostics from the Emscripten runtime (print/printErr outside a run's event stream). */
  | { type: 'log'; level: 'info' | 'error'; text: string }
  /** The engine could not load or has aborted; this worker is unusable. */
  | { type: 'failed'; message: string };

// ---------------------------------------------------------------- validation

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isInt = (v: unknown): v is number => Number.isInteger(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function isRunConfig(v: unknown): v is RunConfig {
  return (
    isObj(v) &&
    isStr(v.filename) &&
    (v.stdout === 'tty' || v.stdout === 'pipe' || v.stdout === 'unbuffered') &&
    isInt(v.bufferSize) &&
    v.bufferSize > 0 &&
    isNum(v.switchInterval) &&
    v.switchInterval > 0 &&
    (v.checkPoints === '3.9' || v.checkPoints === '3.10') &&
    (v.mode === 'seeded' || v.mode === 'real') &&
    isInt(v.seed) &&
    v.seed >= 0 &&
    v.seed <= MAX_SEED &&
    typeof v.trace === 'boolean' &&
    (v.printSwitch === 'faithful' || v.printSwitch === 'amplified') &&
    v.input === 'console' &&
    typeof v.step === 'boolean'
  );
}

export function isTraceEvent(v: unknown): v is TraceEvent {
  return (
    isObj(v) &&
    isStr(v.e) &&
    isInt(v.t) &&
    isInt(v.ns) &&
    isInt(v.a) &&
    (v.r === undefined || isStr(v.r)) &&
    (v.x === undefined || isStr(v.x))
  );
}

function isStepThread(v: unknown): v is StepThread {
  return (
    isObj(v) &&
    isInt(v.thread) &&
    isStr(v.name) &&
    typeof v.canRun === 'boolean' &&
    isInt(v.line) &&
    isStr(v.code) &&
    isStr(v.doing)
  );
}

export function isStepPause(v: unknown): v is StepPause {
  return isObj(v) && isInt(v.n) && isNum(v.vtime) && Array.isArray(v.threads) && v.threads.every(isStepThread);
}

const isHow = (v: unknown): v is StepHow => v === 'switch' || v === 'line' || v === 'free';

function isChunk(v: unknown): v is OutputChunk {
  return isObj(v) && (v.stream === 1 || v.stream === 2) && isInt(v.thread) && isStr(v.text);
}

/** Returns [data] as a PageToWorker message, or null if it is not a valid one. */
export function parsePageToWorker(data: unknown): PageToWorker | null {
  if (!isObj(data)) return null;
  switch (data.type) {
    case 'init':
      return isStr(data.engineBase) ? { type: 'init', engineBase: data.engineBase } : null;
    case 'run':
      return isInt(data.runId) && isStr(data.code) && isRunConfig(data.config)
        ? { type: 'run', runId: data.runId, code: data.code, config: data.config }
        : null;
    case 'stop':
      return isInt(data.runId) ? { type: 'stop', runId: data.runId } : null;
    case 'input':
      return isInt(data.runId) && isStr(data.text) ? { type: 'input', runId: data.runId, text: data.text } : null;
    case 'inputEnd':
      return isInt(data.runId) ? { type: 'inputEnd', runId: data.runId } : null;
    case 'step':
      return isInt(data.runId) && isInt(data.thread) && isHow(data.how)
        ? { type: 'step', runId: data.runId, thread: data.thread, how: data.how }
        : null;
    default:
      return null;
  }
}

/** Returns [data] as a WorkerToPage message, or null if it is not a valid one. */
export function parseWorkerToPage(data: unknown): WorkerToPage | null {
  if (!isObj(data)) return null;
  switch (data.type) {
    case 'ready':
      return isNum(data.loadMs) ? { type: 'ready', loadMs: data.loadMs } : null;
    case 'started':
      return isInt(data.runId) ? { type: 'started', runId: data.runId } : null;
    case 'rejected':
      return isInt(data.runId) && isStr(data.reason)
        ? { type: 'rejected', runId: data.runId, reason: data.reason }
        : null;
    case 'output':
      return isInt(data.runId) && Array.isArray(data.chunks) && data.chunks.every(isChunk)
        ? { type: 'output', runId: data.runId, chunks: data.chunks }
        : null;
    case 'trace':
      return isInt(data.runId) && Array.isArray(data.events) && data.events.every(isTraceEvent)
        ? { type: 'trace', runId: data.runId, events: data.events }
        : null;
    case 'paused':
      return isInt(data.runId) && isStepPause(data.pause) ? { type: 'paused', runId: data.runId, pause: data.pause } : null;
    case 'input':
      return isInt(data.runId) && typeof data.waiting === 'boolean'
        ? { type: 'input', runId: data.runId, waiting: data.waiting }
        : null;
    case 'exit':
      return isInt(data.runId) && isInt(data.code) && isInt(data.lost) && data.lost >= 0
        ? { type: 'exit', runId: data.runId, code: data.code, lost: data.lost }
        : null;
    case 'log':
      return (data.level === 'info' || data.level === 'error') && isStr(data.text)
        ? { type: 'log', level: data.level, text: data.text }
        : null;
    case 'failed':
      return isStr(data.message) ? { type: 'failed', message: data.message } : null;
    default:
      return null;
  }
}
