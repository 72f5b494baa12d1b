// binding.ts: the typed wrapper over the raw Embind API, used only inside the engine
// worker. It loads the classic Emscripten script into the worker and hands out an
// Engine object. The raw API passes only strings and booleans (no Embind handles), so
// there are no lifetimes to .delete() yet; if handles appear, this file owns them.

import type { RunConfig, StepHow } from '../messages';
import type { CreateInterleave, InterleaveModule } from './interleave-module';
import { parseDrained, type EngineEvent } from './events';

/** File names produced by the wasm build (copied into web/public/engine/). */
export const ENGINE_SCRIPT = 'interleave-web.js';

export interface LoadHooks {
  print(text: string): void;
  printErr(text: string): void;
  onAbort(what: string): void;
}

/**
 * Runs the classic script at [url] in this worker's global scope. The built page uses a
 * classic worker, where importScripts does it. The Vite dev server can only serve the
 * worker as a module, where importScripts throws a TypeError; there (dev only) the
 * script is fetched and run as global code with an indirect eval, which gives the same
 * result: a global createInterleave.
 */
async function loadClassicScript(url: string): Promise<void> {
  try {
    importScripts(url);
    return;
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const source = await response.text();
  (0, eval)(`${source}\n//# sourceURL=${url}`);
}

export class Engine {
  private constructor(private readonly raw: InterleaveModule) {}

  /**
   * Loads the module from [engineBase] (URL ending in '/') into this worker.
   * Must run in a classic worker (importScripts). The pthread workers that the module
   * starts import the same script: mainScriptUrlOrBlob and locateFile point them at
   * engineBase, since the default (_scriptDir) would be this worker's own script.
   */
  static async load(engineBase: string, hooks: LoadHooks): Promise<Engine> {
    const scriptUrl = new URL(ENGINE_SCRIPT, engineBase).href;
    await loadClassicScript(scriptUrl);
    const factory = (globalThis as { createInterleave?: CreateInterleave }).createInterleave;
    if (typeof factory !== 'function') {
      throw new Error(`${ENGINE_SCRIPT} did not define createInterleave`);
    }
    const raw = await factory({
      mainScriptUrlOrBlob: scriptUrl,
      locateFile: (path) => new URL(path, engineBase).href,
      print: hooks.print,
      printErr: hooks.printErr,
      onAbort: (what) => hooks.onAbort(String(what)),
    });
    for (const fn of ['_start', '_drain', '_requestStop', '_isRunning', '_sendInput', '_closeInput', '_step'] as const) {
      if (typeof raw[fn] !== 'function') throw new Error(`engine module lacks ${fn}()`);
    }
    return new Engine(raw);
  }

  /** Starts [code]; false if a run is already active. */
  start(code: string, config: RunConfig): boolean {
    return this.raw._start(code, JSON.stringify(config));
  }

  /** Everything the engine produced since the last drain. Never blocks. */
  drain(): EngineEvent[] {
    return parseDrained(this.raw._drain());
  }

  requestStop(): void {
    this.raw._requestStop();
  }

  isRunning(): boolean {
    return this.raw._isRunning();
  }

  /** Text typed into the console, for input(). */
  sendInput(text: string): void {
    this.raw._sendInput(text);
  }

  /** The end of input: a waiting input() raises EOFError. */
  closeInput(): void {
    this.raw._closeInput();
  }

  /** Answers a paused step ([thread] -1: the seed chooses). */
  step(thread: number, how: StepHow): void {
    this.raw._step(thread, how === 'switch' ? 0 : how === 'line' ? 1 : 2);
  }
}
