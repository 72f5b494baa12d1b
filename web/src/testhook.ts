// testhook.ts: window.__interleave, a deliberate hook for browser tests (and curious
// people in the devtools console). It drives the page the way a person does (the same
// run and stop actions as the buttons) and reads what a person sees, so tests never
// reach into CodeMirror, xterm or the worker.

import type { EngineState, RunResult } from './engine/client';
import type { StepHow, StepPause } from './messages';
import type { RunSettings } from './settings/settings';

export interface InterleaveTestHook {
  setCode(code: string): void;
  getCode(): string;
  /**
   * Runs the editor's code (like the Run button; with step: true like the Step button);
   * resolves when the program ends.
   */
  run(options?: { step?: boolean }): Promise<{ exitCode: number }>;
  /** Where a step-mode run is paused (the step panel's content), or null. */
  paused(): StepPause | null;
  /** Answers the pause like the step panel's buttons ([thread] -1 with 'free': let it run). */
  choose(thread: number, how?: StepHow): void;
  /** Types [text] into the console (\n ends a line; \x04 on an empty line ends input). */
  type(text: string): void;
  /** Characters of the last run's output not drawn (past the console's cap). */
  truncated(): number;
  /** How many runs have started since the page loaded (re-runs included). */
  runCount(): number;
  /** The console's colour legend as text: the run's thread names, then stderr. */
  legend(): string;
  /** The example ids of the Examples menu, in order. */
  examples(): string[];
  /** Loads an example like the Examples menu (its code and its settings). */
  loadExample(id: string): void;
  /**
   * Stops the running program (like the Stop button); null if nothing was running.
   * [options.graceMs] overrides how long a polite stop may take before the engine is
   * terminated and restarted (0 tests that hard path directly).
   */
  stop(options?: { graceMs?: number }): Promise<RunResult | null>;
  /** The program output in the console since the last run started, as plain text. */
  output(): string;
  state(): EngineState;
  /** Resolves when the engine is loaded; rejects if it is unavailable. */
  ready(): Promise<void>;
  /** The exit code of the last finished run, or null while running / before any run. */
  lastExit(): number | null;
  /** What the pending strip shows: stdout's buffered, not yet delivered, text. */
  pending(): string;
  /** The writes view: each write call in order, with its thread's name. */
  writes(): { thread: string; text: string; delivered: boolean; sent: number }[];
  /** The run settings the next Run uses (mode, seed, stdout, buffer size). */
  settings(): RunSettings;
  /** Changes run settings like a person using the controls (invalid values are ignored). */
  setSettings(patch: Partial<RunSettings>): void;
}

declare global {
  interface Window {
    __interleave?: InterleaveTestHook;
  }
}

export function installTestHook(hook: InterleaveTestHook): void {
  window.__interleave = hook;
}
