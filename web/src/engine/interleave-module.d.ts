// interleave-module.d.ts: the Emscripten module built from src/bindings/embind.cpp
// (emscripten 3.1.6, -pthread --bind -sPROXY_TO_PTHREAD -sMODULARIZE
// -sEXPORT_NAME=createInterleave, classic script). Only the raw, underscore-prefixed
// Embind API lives here; engine/binding.ts is the typed wrapper the worker uses.

/** The raw Embind API. All calls are short and never block. */
export interface InterleaveModule {
  /** Starts a run on the engine pthread; false if a run is already active. */
  _start(code: string, configJson: string): boolean;
  /** A JSON array of the events since the last drain. */
  _drain(): string;
  /** Asks the running program to end; it then exits with code 130. */
  _requestStop(): void;
  _isRunning(): boolean;
  /** Console input for input(): text typed (lines end in \n). */
  _sendInput(text: string): void;
  /** The end of console input (Ctrl-D). */
  _closeInput(): void;
  /** Answers a paused step: [thread] (-1: the seed) runs; how 0 to its next switch, 1 one line, 2 no more pauses. */
  _step(thread: number, how: number): void;
}

/** The subset of Emscripten's Module options we pass to the factory. */
export interface InterleaveModuleOptions {
  /** Script the pthread workers import; needed when the module is hosted in a worker. */
  mainScriptUrlOrBlob?: string | Blob;
  locateFile?: (path: string, prefix: string) => string;
  print?: (text: string) => void;
  printErr?: (text: string) => void;
  onAbort?: (what: unknown) => void;
}

export type CreateInterleave = (options: InterleaveModuleOptions) => Promise<InterleaveModule>;
