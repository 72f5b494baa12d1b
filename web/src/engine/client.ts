// client.ts: the page's handle on the engine. It owns the engine worker, turns the
// message stream into promises (ready, run, stop) and callbacks (output, state), and
// implements Stop: a polite request first, then, if the program has not ended within
// STOP_GRACE_MS, worker.terminate() and a fresh engine. Never blocks the page.

import {
  parseWorkerToPage,
  type OutputChunk,
  type PageToWorker,
  type RunConfig,
  type StepHow,
  type StepPause,
  type TraceEvent,
  type WorkerToPage,
} from '../messages';

export type EngineState = 'loading' | 'ready' | 'running' | 'unavailable';

export interface RunResult {
  exitCode: number;
  /** True when the program ended by Stop (polite or hard). */
  stopped: boolean;
  /** True when Stop had to terminate the engine worker and start a new one. */
  restarted: boolean;
  elapsedMs: number;
  /** Bytes of stdout's buffer a stopped run lost; null when unknown (the engine was restarted). */
  lostBytes: number | null;
}

export interface EngineCallbacks {
  onState(state: EngineState, detail: string): void;
  onOutput(chunks: OutputChunk[]): void;
  /** The run's event stream, in batches (when the run records it). */
  onTrace(events: TraceEvent[]): void;
  /** A step-mode run paused (null: it went on or ended). */
  onPause(pause: StepPause | null): void;
  /** A thread waits in input() for a line typed into the console (or no longer). */
  onInputWaiting(waiting: boolean): void;
  /** Runtime diagnostics of the engine module (its print/printErr), not program output. */
  onLog(text: string, level: 'info' | 'error'): void;
  /** Things the user should be told: restarts, crashes, protocol errors. */
  onNotice(text: string, level: 'info' | 'error'): void;
}

/** How long a polite stop may take before the engine worker is terminated. */
export const STOP_GRACE_MS = 1000;
/** How long the engine may take to load before it is declared unavailable. */
const LOAD_TIMEOUT_MS = 30000;

interface ActiveRun {
  id: number;
  startedAt: number;
  stopRequested: boolean;
  done: Promise<RunResult>;
  resolve(result: RunResult): void;
  reject(error: Error): void;
}

export class EngineClient {
  private worker: Worker | null = null;
  private state: EngineState = 'loading';
  private run: ActiveRun | null = null;
  private nextRunId = 1;
  private readyPromise!: Promise<void>;
  private resolveReady!: () => void;
  private rejectReady!: (e: Error) => void;
  private loadTimer: ReturnType<typeof setTimeout> | null = null;
  private stopTimer: ReturnType<typeof setTimeout> | null = null;
  private everReady = false;
  private crashTimes: number[] = [];
  private pause: StepPause | null = null;

  constructor(
    private readonly engineBase: string,
    private readonly cb: EngineCallbacks,
  ) {
    this.newReadyPromise();
  }

  getState(): EngineState {
    return this.state;
  }

  /** Resolves when the current engine is loaded; rejects if it is unavailable. */
  ready(): Promise<void> {
    return this.readyPromise;
  }

  /** Starts the engine worker. */
  start(): void {
    this.spawn();
  }

  /** Marks the engine unavailable without loading it (e.g. no cross-origin isolation). */
  disable(reason: string): void {
    this.setState('unavailable', reason);
    this.rejectReady(new Error(reason));
  }

  /** Runs [code]; resolves when the program ends (normally, by error, or by Stop). */
  async runCode(code: string, config: RunConfig): Promise<RunResult> {
    if (this.state === 'loading') await this.ready();
    if (this.state !== 'ready' || !this.worker) {
      throw new Error(this.state === 'running' ? 'a program is already running' : 'the engine is not available');
    }
    const id = this.nextRunId++;
    let resolve!: (r: RunResult) => void;
    let reject!: (e: Error) => void;
    const done = new Promise<RunResult>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    this.run = { id, startedAt: performance.now(), stopRequested: false, done, resolve, reject };
    this.setState('running', 'running');
    this.send({ type: 'run', runId: id, code, config });
    return done;
  }

  /**
   * Stops the running program. Asks the engine first; if no exit arrives within
   * [graceMs] (default STOP_GRACE_MS; 0 = at once) the worker is terminated and a
   * fresh engine started.
   * Resolves with the run's result, or null if nothing was running.
   */
  async stop(graceMs = STOP_GRACE_MS): Promise<RunResult | null> {
    const run = this.run;
    if (!run) return null;
    if (!run.stopRequested) {
      run.stopRequested = true;
      if (this.pause) this.setPause(null);
      this.send({ type: 'stop', runId: run.id });
      if (graceMs <= 0) this.hardStop(run.id);
      else this.stopTimer = setTimeout(() => this.hardStop(run.id), graceMs);
    }
    return run.done;
  }

  /** Sends text typed into the console to the running program's input(). */
  sendInput(text: string): void {
    if (this.run) this.send({ type: 'input', runId: this.run.id, text });
  }

  /** The end of console input (Ctrl-D). */
  endInput(): void {
    if (this.run) this.send({ type: 'inputEnd', runId: this.run.id });
  }

  /** The current pause of a step-mode run, or null. */
  getPause(): StepPause | null {
    return this.pause;
  }

  /** Answers the current pause: [thread] (-1: the seed chooses) runs, as [how] says. */
  step(thread: number, how: StepHow): void {
    if (!this.run || !this.pause) return;
    this.setPause(null);
    this.send({ type: 'step', runId: this.run.id, thread, how });
  }

  // ------------------------------------------------------------------ internals

  private setPause(pause: StepPause | null): void {
    this.pause = pause;
    this.cb.onPause(pause);
  }


  private newReadyPromise(): void {
    this.readyPromise = new Promise<void>((resolve, reject) => {
      this.resolveReady = resolve;
      this.rejectReady = reject;
    });
    // A rejection nobody awaits is not an error here; the state callback reports it.
    this.readyPromise.catch(() => {});
  }

  private spawn(): void {
    this.setState('loading', 'loading engine…');
    // The built page uses a classic worker (vite bundles it as an IIFE), which loads the
    // classic Emscripten script with importScripts. The Vite dev server serves workers
    // unbundled, as ES modules only; see loadClassicScript in binding.ts for that case.
    const worker = import.meta.env.DEV
      ? new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'interleave-engine' })
      : new Worker(new URL('./engine.worker.ts', import.meta.url), { name: 'interleave-engine' });
    this.worker = worker;
    worker.onmessage = (e: MessageEvent<unknown>) => {
      if (worker !== this.worker) return; // a message from a terminated engine
      const msg = parseWorkerToPage(e.data);
      if (!msg) return this.cb.onNotice('dropped a malformed message from the engine worker', 'error');
      this.handle(msg);
    };
    worker.onerror = (e: ErrorEvent) => {
      if (worker !== this.worker) return;
      e.preventDefault();
      const text = e.message || 'engine worker error';
      if (this.state === 'loading') this.failed(text);
      else this.cb.onNotice(text, 'error');
    };
    this.loadTimer = setTimeout(() => {
      if (worker === this.worker && this.state === 'loading') this.failed('the engine did not load in time');
    }, LOAD_TIMEOUT_MS);
    this.send({ type: 'init', engineBase: this.engineBase });
  }

  private handle(msg: WorkerToPage): void {
    switch (msg.type) {
      case 'ready':
        this.clearLoadTimer();
        this.everReady = true;
        this.setState('ready', `engine ready (${msg.loadMs} ms)`);
        this.resolveReady();
        return;
      case 'started':
        return;
      case 'rejected':
        if (this.run?.id === msg.runId) {
          const run = this.run;
          this.run = null;
          this.setState('ready', 'ready');
          run.reject(new Error(msg.reason));
        }
        return;
      case 'output':
        if (this.run?.id === msg.runId) this.cb.onOutput(msg.chunks);
        return;
      case 'trace':
        if (this.run?.id === msg.runId) this.cb.onTrace(msg.events);
        return;
      case 'paused':
        if (this.run?.id === msg.runId) this.setPause(msg.pause);
        return;
      case 'input':
        if (this.run?.id === msg.runId) this.cb.onInputWaiting(msg.waiting);
        return;
      case 'exit':
        if (this.run?.id === msg.runId) this.finish(msg.code, false, msg.lost);
        return;
      case 'log':
        this.cb.onLog(msg.text, msg.level);
        return;
      case 'failed':
        this.failed(msg.message);
        return;
    }
  }

  private finish(exitCode: number, restarted: boolean, lost: number | null = null): void {
    const run = this.run;
    if (!run) return;
    this.run = null;
    this.clearStopTimer();
    this.endRunUi();
    if (!restarted) this.setState('ready', 'ready');
    run.resolve({
      exitCode,
      stopped: run.stopRequested,
      restarted,
      elapsedMs: performance.now() - run.startedAt,
      lostBytes: restarted ? null : lost,
    });
  }

  /** The engine ignored the stop request: replace it. */
  private hardStop(runId: number): void {
    if (this.run?.id !== runId) return;
    this.cb.onNotice('The program did not stop in time, so the engine was restarted.', 'info');
    this.replaceWorker();
    this.finish(130, true);
  }

  private replaceWorker(): void {
    this.clearLoadTimer();
    this.worker?.terminate();
    this.worker = null;
    this.newReadyPromise();
    this.spawn();
  }

  /**
   * The engine could not load or died. A running program ends with exit code -1.
   * An engine that had loaded before is replaced (a crash should not cost the page);
   * one that never loaded, or keeps dying, leaves the engine unavailable.
   */
  private failed(message: string): void {
    this.clearLoadTimer();
    this.clearStopTimer();
    const run = this.run;
    this.run = null;
    this.endRunUi();
    const now = performance.now();
    this.crashTimes = this.crashTimes.filter((t) => now - t < 60000);
    const replace = this.everReady && this.crashTimes.length < 3;
    if (replace) {
      this.crashTimes.push(now);
      this.cb.onNotice(`${message}: engine restarted`, 'error');
      this.replaceWorker();
    } else {
      this.worker?.terminate();
      this.worker = null;
      this.setState('unavailable', message);
      this.rejectReady(new Error(message));
    }
    run?.resolve({ exitCode: -1, stopped: false, restarted: replace, elapsedMs: now - run.startedAt, lostBytes: null });
  }

  /** A run ended: no pause, nobody waits for input. */
  private endRunUi(): void {
    if (this.pause) this.setPause(null);
    this.cb.onInputWaiting(false);
  }

  private send(msg: PageToWorker): void {
    this.worker?.postMessage(msg);
  }

  private setState(state: EngineState, detail: string): void {
    this.state = state;
    this.cb.onState(state, detail);
  }

  private clearLoadTimer(): void {
    if (this.loadTimer !== null) clearTimeout(this.loadTimer);
    this.loadTimer = null;
  }

  private clearStopTimer(): void {
    if (this.stopTimer !== null) clearTimeout(this.stopTimer);
    this.stopTimer = null;
  }
}
