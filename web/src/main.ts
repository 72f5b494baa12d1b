// main.ts: wiring only. Builds the editor, console, toolbar, run settings, step panel and
// engine client, and connects them: Run / Step / Stop actions, console input, the status
// line, saving the code, and the test hook.

import './style.css';
import { createEditor } from './editor/editor';
import { loadSavedCode, saveCode } from './editor/persist';
import { OutputConsole } from './console/console';
import { EngineClient, type EngineState, type RunResult } from './engine/client';
import { checkIsolation, renderIsolationHelp } from './isolation/isolation';
import { Toolbar, type StatusTone } from './toolbar/toolbar';
import { SettingsPanel } from './settings/settings';
import { BufferPanels } from './buffer/buffer';
import { StepPanel } from './step/step';
import { ThreadLegend } from './console/legend';
import { ThreadNames } from './console/names';
import { threadColour } from './console/colours';
import type { StepPause } from './messages';
import { DEFAULT_PROGRAM, EXAMPLES } from './examples';
import { installTestHook } from './testhook';

const byId = (id: string): HTMLElement => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing #${id}`);
  return el;
};

const isolation = checkIsolation();
const editor = createEditor(byId('editor'), {
  initialCode: loadSavedCode() ?? DEFAULT_PROGRAM,
  onRun: () => void runProgram().catch(() => {}),
});
editor.onChange((code) => saveCode(code));

const consoleEl = byId('console');
const output = isolation.isolated ? new OutputConsole(consoleEl, { colorByThread: true }) : null;
// Changing only how stdout is buffered re-runs the finished program with the same seed: the
// same schedule, so what changes in the console is the buffering alone.
const settings = new SettingsPanel(byId('settings'), (changed) => {
  const bufferingOnly = changed.every((k) => k === 'stdout' || k === 'bufferSize' || k === 'printSwitch');
  if (bufferingOnly && lastResult && !lastResult.stopped && engine.getState() === 'ready' && lastWasSeeded) {
    void runProgram({ step: false }).catch(() => {});
  }
});
const threadNames = new ThreadNames();
const legend = isolation.isolated ? new ThreadLegend(byId('console-hint'), threadNames) : null;
const buffers = new BufferPanels(byId('pending'), byId('writes'), threadNames);

const toolbar = new Toolbar(byId('toolbar'), {
  onRun: () => void runProgram().catch(() => {}),
  onStep: () => void runProgram({ step: true }).catch(() => {}),
  onStop: () => void stopProgram(),
});
// The examples menu: loads a program and the settings that show its point.
const examplesMenu = byId('examples') as HTMLSelectElement;
for (const ex of EXAMPLES) examplesMenu.append(new Option(ex.title, ex.id));
function loadExample(id: string): boolean {
  const ex = EXAMPLES.find((e) => e.id === id);
  if (!ex) return false;
  editor.setCode(ex.code);
  settings.update(ex.settings);
  if (engine.getState() !== 'running') toolbar.setStatus(ex.hint, 'neutral');
  return true;
}
examplesMenu.addEventListener('change', () => {
  loadExample(examplesMenu.value);
  examplesMenu.value = '';
});

const stepPanel = new StepPanel(byId('step'), {
  onChoose: (thread, how) => engine.step(thread, how),
});

// ---------------------------------------------------------------- status line

let lastResult: RunResult | null = null;
let lastWasSeeded = false;   // the last run was a seeded run (not stepped): re-runnable as is
let runCount = 0;            // runs started since the page loaded (the test hook sees re-runs)
let runTicker: ReturnType<typeof setInterval> | null = null;
/** While a run is paused or waits for input the status says so instead of the running time. */
let runNote: string | null = null;

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function describeResult(r: RunResult): [string, StatusTone] {
  if (r.restarted && r.stopped) return [`Stopped · engine restarted · ${seconds(r.elapsedMs)}`, 'stopped'];
  if (r.stopped) return [`Stopped (exit code ${r.exitCode}) · ${seconds(r.elapsedMs)}`, 'stopped'];
  if (r.exitCode === -1) return ['The engine crashed', 'error'];
  return [`Exited with code ${r.exitCode} · ${seconds(r.elapsedMs)}`, r.exitCode === 0 ? 'ok' : 'error'];
}

/** A step-mode pause: the panel, the threads' lines in the editor, the status line. */
function showPause(pause: StepPause | null): void {
  stepPanel.show(pause);
  editor.markLines(
    (pause?.threads ?? [])
      .filter((t) => t.line > 0)
      .map((t) => ({ line: t.line, colour: t.thread === 0 ? '#d7dae0' : threadColour(t.thread), label: t.name })),
  );
  setRunNote(pause ? `Paused at switch ${pause.n}: choose who runs next` : null);
}

function setRunNote(note: string | null): void {
  runNote = note;
  if (engine.getState() === 'running') toolbar.setStatus(note ?? 'Running…', 'busy');
}

function showInputWaiting(waiting: boolean): void {
  output?.waitingForInput(waiting);
  setRunNote(waiting ? 'Waiting for input: type a line in the console' : null);
}

function showState(state: EngineState, detail: string): void {
  toolbar.setEngineState(state);
  if (runTicker !== null && state !== 'running') {
    clearInterval(runTicker);
    runTicker = null;
  }
  switch (state) {
    case 'loading':
      toolbar.setStatus(lastResult?.restarted ? 'Restarting engine…' : 'Loading engine…', 'busy');
      break;
    case 'ready':
      if (lastResult) toolbar.setStatus(...describeResult(lastResult));
      else toolbar.setStatus('Ready', 'neutral');
      break;
    case 'running': {
      const t0 = performance.now();
      toolbar.setStatus('Running…', 'busy');
      runNote = null;
      runTicker = setInterval(() => toolbar.setStatus(runNote ?? `Running… ${seconds(performance.now() - t0)}`, 'busy'), 100);
      break;
    }
    case 'unavailable':
      if (isolation.isolated) {
        toolbar.setStatus('Engine unavailable', 'error');
        output?.notice(`The Python engine is unavailable: ${detail.replace(/\.+$/, '')}. Reload the page to try again.`, 'error');
      } else {
        toolbar.setStatus('Engine unavailable: page not cross-origin isolated', 'error');
      }
      break;
  }
}

// ---------------------------------------------------------------- engine

const engineBase = new URL('engine/', document.baseURI).href;
const engine = new EngineClient(engineBase, {
  onState: showState,
  onOutput: (chunks) => {
    for (const c of chunks) output?.write(c.text, c.stream === 2 ? 'stderr' : 'stdout', c.thread);
  },
  onTrace: (events) => {
    if (threadNames.add(events)) legend?.render();
    buffers.add(events);
  },
  onPause: (pause) => showPause(pause),
  onInputWaiting: (waiting) => showInputWaiting(waiting),
  onLog: (text, level) => {
    // Runtime chatter stays in the devtools; runtime errors are shown to the user too.
    if (level === 'error') {
      console.warn(`[engine] ${text}`);
      output?.notice(text, 'error');
    } else {
      console.info(`[engine] ${text}`);
    }
  },
  onNotice: (text, level) => output?.notice(text, level),
});

if (isolation.isolated) {
  engine.start();
} else {
  renderIsolationHelp(consoleEl);
  byId('console-hint').textContent = 'unavailable';
  engine.disable(isolation.reason);
}

// ---------------------------------------------------------------- actions

async function runProgram(options: { step?: boolean } = {}): Promise<RunResult> {
  if (engine.getState() !== 'ready') throw new Error(`cannot run while the engine is ${engine.getState()}`);
  const code = editor.getCode();
  saveCode(code);
  output?.clear();
  lastResult = null;
  // Step mode is a seeded run that pauses at every switch (in real mode too: the OS cannot pause).
  const step = options.step === true;
  const config = { ...settings.config(), step, ...(step ? { mode: 'seeded' as const } : {}) };
  threadNames.reset();
  buffers.reset(config.stdout, config.bufferSize);
  legend?.render();
  runCount++;
  lastWasSeeded = config.mode === 'seeded' && !step;
  output?.setInput({ onLine: (text) => engine.sendInput(text), onEnd: () => engine.endInput() });
  const running = engine.runCode(code, config);
  const result = await running.finally(() => output?.setInput(null));
  lastResult = result;
  if (output && output.truncated() > 0) {
    output.notice(`${output.truncated().toLocaleString('en')} more characters of output were not drawn.`, 'info');
  }
  const [text] = describeResult(result);
  if (result.lostBytes) {
    const n = result.lostBytes;
    const how = result.stopped ? 'the program was killed before a flush' : 'os._exit ended the program without a flush';
    output?.notice(`${n} byte${n === 1 ? '' : 's'} still in stdout's buffer never reached the console: ` +
      `${how} (CPython loses them too).`, 'info');
  } else if (result.stopped && result.restarted) {
    output?.notice("Whatever was still in stdout's buffer was lost with the engine.", 'info');
  }
  output?.notice(`── ${text.toLowerCase()} ──`, result.exitCode === 0 || result.stopped ? 'info' : 'error');
  showState(engine.getState(), '');
  return result;
}

async function stopProgram(graceMs?: number): Promise<RunResult | null> {
  if (engine.getState() !== 'running') return null;
  toolbar.setStatus('Stopping…', 'busy');
  return engine.stop(graceMs);
}

// A deliberate test hook: browser tests drive the page through this, never through
// CodeMirror, xterm or the worker. See testhook.ts.
installTestHook({
  setCode: (code) => editor.setCode(code),
  getCode: () => editor.getCode(),
  run: async (options) => {
    if (engine.getState() === 'loading') await engine.ready();
    const r = await runProgram(options);
    return { exitCode: r.exitCode };
  },
  paused: () => engine.getPause(),
  choose: (thread, how = 'switch') => {
    const pause = engine.getPause();
    if (!pause) throw new Error('the run is not paused');
    engine.step(thread, how);   // the panel hears the pause end through onPause
  },
  type: (text) => {
    if (!output) throw new Error('no console');
    output.type(text);
  },
  truncated: () => output?.truncated() ?? 0,
  legend: () => legend?.text() ?? '',
  runCount: () => runCount,
  examples: () => EXAMPLES.map((e) => e.id),
  loadExample: (id) => {
    if (!loadExample(id)) throw new Error(`no example ${id}`);
  },
  stop: (options) => stopProgram(options?.graceMs),
  output: () => output?.output() ?? '',
  state: () => engine.getState(),
  ready: () => engine.ready(),
  lastExit: () => lastResult?.exitCode ?? null,
  settings: () => settings.settings(),
  pending: () => buffers.pendingText(),
  writes: () => buffers.writeRows().map((r) => ({ ...r, thread: threadNames.name(r.thread) })),
  setSettings: (patch) => settings.update(patch),
});
