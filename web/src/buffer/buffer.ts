// buffer.ts: the stdout panels fed by the event stream: the pending strip (the bytes sitting
// in stdout's buffer, coloured by the thread that wrote them, a fill gauge against the buffer
// size, and a flash with the reason when a delivery empties it) and the writes view (every
// write call in order: thread, text with visible \n, buffered or delivered). It only reads
// trace events; it never talks to the engine.

import type { RunConfig, TraceEvent } from '../messages';
import { threadColour } from '../console/colours';
import type { ThreadNames } from '../console/names';
import { el } from '../dom';

/** Rows the writes view keeps (the newest survive); a note says how many were dropped. */
const MAX_ROWS = 2000;
const TRIM = 1000;
/** Rows the writes view draws (the newest), and how often at most while writes pour in. */
const DOM_ROWS = 1000;
const WRITES_EVERY_MS = 200;
/** Pieces the pending strip draws (its newest end). */
const MAX_PIECES = 200;

export interface WriteRow {
  thread: number;
  text: string;
  /** Its own bytes reached the console within the write call. */
  delivered: boolean;
  /** Bytes of earlier writes that this write pushed out (a full buffer): a switch point. */
  sent: number;
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
  private lost = 0;           // events the engine could not record (its ring overflowed)
  private bufferSize = 8192;
  private mode: RunConfig['stdout'] = 'tty';
  private lastFlush = '';
  private dirty = false;
  private flashDue = false;   // a delivery happened since the last frame
  private lastWritesRender = 0;
  private writesTimer: ReturnType<typeof setTimeout> | null = null;
  private domFirst = 0;       // the number (0-based, over the run) of the first row in the DOM
  private domCount = 0;       // rows in the DOM
  private readonly note = el('div', 'writes-note');
  private readonly list = el('div', 'writes-list');

  constructor(
    private readonly strip: HTMLElement,
    private readonly writes: HTMLElement,
    private readonly names: ThreadNames,
  ) {
    this.writes.append(this.note, this.list);
    this.render();
  }

  /** A new run: empties both panels. */
  reset(mode: RunConfig['stdout'], bufferSize: number): void {
    this.pending = [];
    this.rows = [];
    this.dropped = 0;
    this.lost = 0;
    this.mode = mode;
    this.bufferSize = bufferSize;
    this.lastFlush = '';
    this.flashDue = false;
    this.list.replaceChildren();
    this.domFirst = 0;
    this.domCount = 0;
    this.schedule();
  }

  add(events: TraceEvent[]): void {
    for (const ev of events) {
      if (ev.e === 'events lost') {
        // The engine's ring buffer overflowed (the run outpaced the page): what sits in the
        // buffer is no longer known, and some writes are missing from the view.
        this.lost += ev.a;
        this.pending = [];
        this.lastFlush = 'some writes and deliveries were not recorded';
        continue;
      }
      if (ev.a !== 1 || ev.x === undefined) continue;   // stdout only
      if (ev.e === 'write') {
        const delivered = ev.r === 'delivered';
        this.rows.push({ thread: ev.t, text: ev.x, delivered, sent: 0 });
        if (this.rows.length > MAX_ROWS + TRIM) {
          // Trim in steps, so that a long run redraws the view once per TRIM writes.
          const n = this.rows.length - MAX_ROWS;
          this.rows.splice(0, n);
          this.dropped += n;
        }
        this.pending.push({ thread: ev.t, text: ev.x });
      } else if (ev.e === 'delivered') {
        // Bytes leave in the order they were written: a delivery takes the oldest pieces (in
        // pipe mode the newest write may stay behind in the text layer).
        this.take(ev.x.length);
        // A full buffer is emptied inside a write call: credit that write (the newest row of
        // the same thread), where the GIL could change hands.
        const last = this.rows[this.rows.length - 1];
        if (ev.r === 'buffer full' && last && last.thread === ev.t && !last.delivered) {
          last.sent += ev.x.length;
          // Already drawn (it came in an earlier batch): redraw its state.
          const drawn = this.domCount > 0 && this.domFirst + this.domCount === this.dropped + this.rows.length;
          const rowEl = drawn ? (this.list.lastElementChild as HTMLElement | null) : null;
          if (rowEl) showState(rowEl, last);
        }
        this.lastFlush = `${ev.x.length} byte${ev.x.length === 1 ? '' : 's'} delivered (${ev.r ?? 'flush'})`;
        this.flashDue = true;
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
    return this.names.name(id);
  }

  private schedule(): void {
    if (this.dirty) return;
    this.dirty = true;
    requestAnimationFrame(() => {
      this.dirty = false;
      this.render();
    });
  }

  private scheduleWrites(): void {
    if (this.writesTimer !== null) return;
    this.writesTimer = setTimeout(() => {
      this.writesTimer = null;
      this.renderWrites();
    }, WRITES_EVERY_MS);
  }

  /** One flash per frame at most, without forcing a layout. */
  private flash(): void {
    this.strip.animate([{ backgroundColor: '#3a3320' }, { backgroundColor: '#181b20' }], { duration: 600, easing: 'ease-out' });
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
    if (this.flashDue) this.flash();
    this.flashDue = false;
    const head = el('span', 'pending-title', 'stdout buffer');
    const body = el('span', 'pending-bytes');
    if (this.pending.length === 0) body.append(el('span', 'pending-empty', 'empty'));
    // The strip is one line that shows its newest end; a full pipe buffer holds hundreds of
    // writes, so only the newest pieces are drawn.
    if (this.pending.length > MAX_PIECES) body.append(el('span', 'pending-more', `+${this.pending.length - MAX_PIECES} writes `));
    for (const p of this.pending.slice(-MAX_PIECES)) {
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

    if (performance.now() - this.lastWritesRender >= WRITES_EVERY_MS || this.domCount === 0) this.renderWrites();
    else this.scheduleWrites();
  }

  /**
   * The writes view: the newest DOM_ROWS rows; rows are appended and old ones removed from the
   * front, so a long run never redraws the whole list; while writes pour in, it is redrawn a
   * few times a second, not every frame.
   */
  private renderWrites(): void {
    this.lastWritesRender = performance.now();
    const total = this.dropped + this.rows.length;
    const first = Math.max(this.dropped, total - DOM_ROWS);
    const parts = [];
    if (first > 0) parts.push(`… ${first} earlier writes not shown`);
    if (this.lost > 0) parts.push(`${this.lost} events were not recorded (the program outpaced the page): row numbers count recorded writes`);
    if (this.rows.length === 0 && parts.length === 0) parts.push('Each write call of the run appears here.');
    this.note.textContent = parts.join(' · ');
    this.note.hidden = this.note.textContent === '';
    const gone = Math.min(this.domCount, Math.max(0, first - this.domFirst));
    if (gone === this.domCount) {
      this.list.replaceChildren();
    } else {
      for (let k = 0; k < gone; k++) this.list.firstElementChild?.remove();
    }
    this.domFirst += gone;
    this.domCount -= gone;
    if (this.domCount === 0) this.domFirst = first;
    const frag = document.createDocumentFragment();
    for (let i = this.domFirst + this.domCount; i < total; i++) {
      const r = this.rows[i - this.dropped];
      const row = el('div', 'write-row');
      const n = el('span', 'write-n', String(i + 1));
      const who = el('span', 'write-thread', this.threadName(r.thread));
      who.style.color = threadColour(r.thread);
      const text = el('span', 'write-text', visible(r.text));
      text.style.color = threadColour(r.thread);
      row.append(n, who, text, el('span', 'write-state'));
      showState(row, r);
      frag.append(row);
      this.domCount++;
    }
    if (frag.childNodes.length > 0) {
      this.list.append(frag);
      this.writes.scrollTop = this.writes.scrollHeight;
    }
  }
}

/** A writes-view row's state cell: delivered, buffered, or the bytes a full buffer sent. */
function showState(row: HTMLElement, r: WriteRow): void {
  const state = row.querySelector<HTMLElement>('.write-state');
  if (!state) return;
  row.dataset.delivered = String(r.delivered);
  state.textContent = r.delivered ? 'delivered' : r.sent ? `sent ${r.sent} B` : 'buffered';
  if (r.sent && !r.delivered) {
    row.dataset.sent = 'true';
    state.title = `This write found the buffer full: ${r.sent} bytes of earlier writes went to the console ` +
      '(the GIL can change hands here); its own text stayed buffered.';
  }
}
