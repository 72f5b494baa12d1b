// console.ts: the output console, an xterm.js terminal (read-only) sized by the fit
// addon. It writes the program's output chunks (stderr in red; the thread id travels
// with every chunk so output can be coloured per thread) and the page's own notices
// (dim, never mixed into the program's text). It also keeps a plain-text record of
// the program's output for the test hook. While a run is active it takes typed lines for
// input() (local echo, Backspace, Enter sends, Ctrl-D ends input), and it stops drawing
// after MAX_SHOWN characters of one run with a note, so a flood cannot freeze the tab.

import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';
import { threadAnsi } from './colours';

export type Stream = 'stdout' | 'stderr';

export interface ConsoleOptions {
  /** Colour stdout by Python thread id (main thread keeps the default colour). */
  colorByThread?: boolean;
}

export interface InputHandlers {
  /** A line typed and ended with Enter (passed with its '\n'). */
  onLine(text: string): void;
  /** Ctrl-D on an empty line: the end of input. */
  onEnd(): void;
}

/** The plain-text record keeps at most this many characters (the newest half survives). */
const MAX_RECORD = 8 * 1024 * 1024;
/** Characters of program output one run may draw; the rest is counted, not drawn. */
export const MAX_SHOWN = 4_000_000;
/** The largest piece handed to xterm in one write() (it parses a write without yielding). */
const WRITE_SLICE = 16 * 1024;
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
  private shown = 0;          // characters of this run's output drawn
  private hidden = 0;         // characters not drawn, past MAX_SHOWN
  private input: InputHandlers | null = null;
  private typed = '';         // the line being typed (echoed, not yet sent)

  constructor(parent: HTMLElement, options: ConsoleOptions = {}) {
    this.colorByThread = options.colorByThread ?? false;
    this.term = new Terminal({
      convertEol: true,
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
    this.term.write('\x1b[?25l'); // hide the cursor: it shows only while input() waits
    this.term.onData((data) => this.typedData(data));
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
    if (this.shown + text.length > MAX_SHOWN) {
      if (this.hidden === 0) {
        const head = text.slice(0, Math.max(0, MAX_SHOWN - this.shown));
        if (head) this.draw(head, stream, thread);
        this.notice(`Output truncated: the console shows the first ${(MAX_SHOWN / 1e6).toFixed(0)} million characters ` +
          'of a run; the rest is counted, not drawn (this protects the tab).', 'info');
        this.shown = MAX_SHOWN;
        this.hidden = text.length - head.length;
      } else {
        this.hidden += text.length;
      }
      return;
    }
    this.shown += text.length;
    this.draw(text, stream, thread);
  }

  /** Characters of this run's output that were not drawn (past the cap). */
  truncated(): number {
    return this.hidden;
  }

  /** Accepts typed lines for input() while [handlers] is set (a run is active); null stops. */
  setInput(handlers: InputHandlers | null): void {
    this.input = handlers;
    this.typed = '';
    if (!handlers) this.showCursor(false);
  }

  /** A thread waits in input(): show the cursor and take the keyboard. */
  waitingForInput(waiting: boolean): void {
    this.showCursor(waiting && this.input !== null);
    if (waiting && this.input) this.term.focus();
  }

  /** Types [text] as if from the keyboard (the test hook; \n or \r ends a line). */
  type(text: string): void {
    this.typedData(text.replace(/\n/g, '\r'));
  }

  private showCursor(on: boolean): void {
    this.term.write(on ? '\x1b[?25h' : '\x1b[?25l');
  }

  private typedData(data: string): void {
    if (!this.input) return;
    for (const ch of data) {
      if (ch === '\r') {
        this.term.write('\r\n');
        this.atLineStart = true;
        const line = this.typed;
        this.typed = '';
        this.input.onLine(line + '\n');
      } else if (ch === '\x7f' || ch === '\b') {
        if (this.typed.length === 0) continue;
        this.typed = [...this.typed].slice(0, -1).join('');
        this.term.write('\b \b');
      } else if (ch === '\x04') {
        if (this.typed === '') this.input.onEnd();
      } else if (ch >= ' ' || ch === '\t') {
        this.typed += ch;
        this.term.write(ch);
        this.atLineStart = false;
      }
    }
  }

  private draw(text: string, stream: Stream, thread: number): void {
    let colour = '';
    if (stream === 'stderr') colour = STDERR;
    else if (this.colorByThread && thread > 0) colour = threadAnsi(thread);
    // xterm parses each write() whole: slices let it yield to the page between them.
    if (text.length <= WRITE_SLICE) {
      this.term.write(colour ? colour + text + RESET : text);
    } else {
      if (colour) this.term.write(colour);
      for (let i = 0; i < text.length; i += WRITE_SLICE) this.term.write(text.slice(i, i + WRITE_SLICE));
      if (colour) this.term.write(RESET);
    }
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
    this.shown = 0;
    this.hidden = 0;
    this.typed = '';
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
