// console.ts: the output console, an xterm.js terminal (read-only) sized by the fit
// addon. It writes the program's output chunks (stderr in red; the thread id travels
// with every chunk so output can be coloured per thread) and the page's own notices
// (dim, never mixed into the program's text). It also keeps a plain-text record of
// the program's output for the test hook.

import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';
import { threadAnsi } from './colours';

export type Stream = 'stdout' | 'stderr';

export interface ConsoleOptions {
  /** Colour stdout by Python thread id (main thread keeps the default colour). */
  colorByThread?: boolean;
}

/** The plain-text record keeps at most this many characters (the newest half survives). */
const MAX_RECORD = 8 * 1024 * 1024;
const RESET = '\x1b[0m';
const STDERR = '\x1b[38;2;255;110;110m';
const NOTICE = '\x1b[2;3m';
const NOTICE_ERROR = '\x1b[38;2;255;170;90m';
export class OutputConsole {
  private readonly term: Terminal;
  private readonly fit = new FitAddon();
  private programText = '';
  private atLineStart = true;
  private colorByThread: boolean;

  constructor(parent: HTMLElement, options: ConsoleOptions = {}) {
    this.colorByThread = options.colorByThread ?? false;
    this.term = new Terminal({
      convertEol: true,
      disableStdin: true,
      cursorBlink: false,
      scrollback: 10000,
      fontFamily: getComputedStyle(document.documentElement).getPropertyValue('--mono').trim() || 'monospace',
      fontSize: 14,
      lineHeight: 1.2,
      theme: {
        background: '#1b1e24',
        foreground: '#d7dae0',
        cursor: '#1b1e24',
        selectionBackground: '#3e4451',
      },
    });
    this.term.loadAddon(this.fit);
    this.term.open(parent);
    this.term.write('\x1b[?25l'); // hide the cursor: the console is output only
    let pending = false;
    new ResizeObserver(() => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        this.resize();
      });
    }).observe(parent);
    this.resize();
  }

  /** Writes program output [text] from [stream] of Python thread [thread] (0 = main). */
  write(text: string, stream: Stream, thread: number): void {
    if (text === '') return;
    this.programText += text;
    if (this.programText.length > MAX_RECORD) this.programText = this.programText.slice(-MAX_RECORD / 2);
    let colour = '';
    if (stream === 'stderr') colour = STDERR;
    else if (this.colorByThread && thread > 0) colour = threadAnsi(thread);
    this.term.write(colour ? colour + text + RESET : text);
    this.atLineStart = text.endsWith('\n');
  }

  /** Writes a line from the page itself (status, restarts); not part of output(). */
  notice(text: string, level: 'info' | 'error' = 'info'): void {
    const prefix = this.atLineStart ? '' : '\n';
    const style = level === 'error' ? NOTICE_ERROR : NOTICE;
    this.term.write(`${prefix}${style}${text}${RESET}\n`);
    this.atLineStart = true;
  }

  /** Clears the screen and the record of program output. */
  clear(): void {
    this.term.reset();
    this.term.write('\x1b[?25l');
    this.programText = '';
    this.atLineStart = true;
  }

  /** The program output written since the last clear(), as plain text (the last MBs of it). */
  output(): string {
    return this.programText;
  }

  setColorByThread(on: boolean): void {
    this.colorByThread = on;
  }

  resize(): void {
    try {
      this.fit.fit();
    } catch {
      // Not laid out yet (hidden or zero-sized); the next resize fits it.
    }
  }
}
