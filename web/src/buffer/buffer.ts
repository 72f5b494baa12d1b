// buffer.ts: the stdout panels fed by the event stream: the pending strip (the bytes sitting
// in stdout's buffer, coloured by the thread that wrote them, a fill gauge against the buffer
// size, and a flash with the reason when a delivery empties it) and the writes view (every
// write call in order: thread, text with visible \n, buffered or delivered). It only reads
// trace events; it never talks to the engine.

import type { RunConfig, TraceEvent } from '../messages';
import { threadColour } from '../console/colours';

/** Rows the writes view keeps (the newest survive); a note says how many were dropped. */
const MAX_ROWS = 2000;
const TRIM = 1000;

export interface WriteRow {
  thread: number;
  text: string;
  delivered: boolean;
}

interface Piece {
  thread: number;
  text: string;
}

const visible = (s: string): string => s.replace(/\r/g, '\\r').replace(/\n/g, '⏎');

export class BufferPanels {
  private pending: Piece[] = [];
  private rows: WriteRow[] = [];
  private dropped = 0;
  private names = new Map<number, string>([[0, 'MainThread']]);
  private bufferSize = 8192;
  private mode: RunConfig['stdout'] = 'tty';
  private lastFlush = '';
  private dirty = false;
  private shown = 0;          // rows of this.rows already in the writes view's DOM
  private rebuild = true;     // the DOM must be redrawn from scratch (reset, or rows trimmed)

  constructor(
    private readonly strip: HTMLElement,
    private readonly writes: HTMLElement,
  ) {
    this.render();
  }

  /** A new run: empties both panels. */
  reset(mode: RunConfig['stdout'], bufferSize: number): void {
    this.pending = [];
    this.rows = [];
    this.dropped = 0;
    this.names = new Map([[0, 'MainThread']]);
    this.mode = mode;
    this.bufferSize = bufferSize;
    this.lastFlush = '';
    this.rebuild = true;
    this.schedule();
  }

  add(events: TraceEvent[]): void {
    for (const ev of events) {
      if (ev.e === 'thread create' && ev.x) this.names.set(ev.a, ev.x);
      else if (ev.e === 'thread start' && ev.x) this.names.set(ev.t, ev.x);
      if (ev.a !== 1 || ev.x === undefined) continue;   // stdout only
      if (ev.e === 'write') {
        const delivered = ev.r === 'delivered';
        this.rows.push({ thread: ev.t, text: ev.x, delivered });
        if (this.rows.length > MAX_ROWS + TRIM) {
          // Trim in steps, so that a long run redraws the view once per TRIM writes.
          const n = this.rows.length - MAX_ROWS;
          this.rows.splice(0, n);
          this.dropped += n;
          this.rebuild = true;
        }
        this.pending.push({ thread: ev.t, text: ev.x });
      } else if (ev.e === 'delivered') {
        // Bytes leave in the order they were written: a delivery takes the oldest pieces (in
        // pipe mode the newest write may stay behind in the text layer).
        this.take(ev.x.length);
        this.lastFlush = `${ev.x.length} byte${ev.x.length === 1 ? '' : 's'} delivered (${ev.r ?? 'flush'})`;
        this.flash();
      }
    }
    this.schedule();
  }

  /** Removes [n] characters from the front of the pending pieces. */
  private take(n: number): void {
    while (n > 0 && this.pending.length > 0) {
      const first = this.pending[0];
      if (first.text.length <= n) {
        n -= first.text.length;
        this.pending.shift();
      } else {
        first.text = first.text.slice(n);
        n = 0;
      }
    }
  }

  /** What the pending strip holds, as text (for the test hook). */
  pendingText(): string {
    return this.pending.map((p) => p.text).join('');
  }

  writeRows(): WriteRow[] {
    return this.rows.map((r) => ({ ...r }));
  }

  threadName(id: number): string {
    return this.names.get(id) ?? `Thread ${id}`;
  }

  private schedule(): void {
    if (this.dirty) return;
    this.dirty = true;
    requestAnimationFrame(() => {
      this.dirty = false;
      this.render();
    });
  }

  private flash(): void {
    this.strip.classList.remove('flash');
    void this.strip.offsetWidth;   // restart the animation
    this.strip.classList.add('flash');
  }

  private render(): void {
    const bytes = new TextEncoder().encode(this.pendingText()).length;
    // Pipe mode holds up to a chunk of N bytes of whole writes plus a byte buffer of N/2.
    const capacity = this.bufferSize + Math.max(1, Math.floor(this.bufferSize / 2));
    const gauge = this.mode === 'pipe' ? Math.min(100, (bytes / capacity) * 100) : 0;
    const label =
      this.mode === 'pipe'
        ? `${bytes} bytes buffered`
        : this.mode === 'tty'
          ? `${bytes} bytes · a newline delivers`
          : 'unbuffered: every write goes out';
    this.strip.replaceChildren();
    const head = el('span', 'pending-title', 'stdout buffer');
    const body = el('span', 'pending-bytes');
    if (this.pending.length === 0) body.append(el('span', 'pending-empty', 'empty'));
    for (const p of this.pending) {
      const s = el('span', 'pending-piece', visible(p.text));
      s.style.color = threadColour(p.thread);
      s.title = this.threadName(p.thread);
      body.append(s);
    }
    const info = el('span', 'pending-info', label + (this.lastFlush ? ` · last: ${this.lastFlush}` : ''));
    info.title = info.textContent ?? '';
    this.strip.append(head, body);
    if (this.mode === 'pipe') {   // a fill gauge only where a buffer fills
      const meter = el('span', 'pending-gauge');
      meter.title = `The text layer holds up to ${this.bufferSize} bytes of whole writes (CPython's 8192-byte chunk), ` +
        `then hands them to a ${Math.max(1, Math.floor(this.bufferSize / 2))}-byte buffer (BufferedWriter); ` +
        'bytes reach the console when either overflows, on flush, or at exit.';
      const fill = el('i', '');
      fill.style.width = `${gauge.toFixed(1)}%`;
      meter.append(fill);
      this.strip.append(meter);
    }
    this.strip.append(info);

    // The writes view grows by appending; it is redrawn only after a reset or a trim.
    if (this.rebuild) {
      this.writes.replaceChildren();
      this.shown = 0;
      this.rebuild = false;
      if (this.dropped) this.writes.append(el('div', 'writes-note', `… ${this.dropped} earlier writes not shown`));
      if (this.rows.length === 0) this.writes.append(el('div', 'writes-note', 'Each write call of the run appears here.'));
    } else if (this.shown === 0 && this.rows.length > 0) {
      this.writes.replaceChildren();
    }
    const frag = document.createDocumentFragment();
    const first = this.shown;
    this.rows.slice(first).forEach((r, k) => {
      const i = first + k + this.dropped;
      const row = el('div', 'write-row');
      row.dataset.delivered = String(r.delivered);
      const n = el('span', 'write-n', String(i + 1));
      const who = el('span', 'write-thread', this.threadName(r.thread));
      who.style.color = threadColour(r.thread);
      const text = el('span', 'write-text', visible(r.text));
      text.style.color = threadColour(r.thread);
      const state = el('span', 'write-state', r.delivered ? 'delivered' : 'buffered');
      row.append(n, who, text, state);
      frag.append(row);
    });
    this.shown = this.rows.length;
    this.writes.append(frag);
    this.writes.scrollTop = this.writes.scrollHeight;
  }
}

function el(tag: string, cls: string, text?: string): HTMLElement {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}
