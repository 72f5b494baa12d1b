// names.ts: the names of a run's Python threads, read from the event stream ("thread create"
// and "thread start"). The one place the page learns them: the writes view, the pending strip
// and the legend all ask here.

import type { TraceEvent } from '../messages';

export class ThreadNames {
  private names = new Map<number, string>([[0, 'MainThread']]);

  /** A new run: only the main thread. */
  reset(): void {
    this.names = new Map([[0, 'MainThread']]);
  }

  /** Learns the names in [events]; true if any was new. */
  add(events: TraceEvent[]): boolean {
    let changed = false;
    for (const ev of events) {
      let id = -1;
      if (ev.e === 'thread create') id = ev.a;
      else if (ev.e === 'thread start') id = ev.t;
      if (id < 0 || !ev.x || this.names.get(id) === ev.x) continue;
      this.names.set(id, ev.x);
      changed = true;
    }
    return changed;
  }

  name(id: number): string {
    return this.names.get(id) ?? `Thread ${id}`;
  }

  /** The known thread ids, in order. */
  ids(): number[] {
    return [...this.names.keys()].sort((a, b) => a - b);
  }
}
