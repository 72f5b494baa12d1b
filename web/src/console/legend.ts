// legend.ts: the console's colour legend: one swatch per Python thread of the run, in the
// colour its text has in the console (stderr's red last). It reads thread names from the
// event stream; it never talks to the engine.

import type { TraceEvent } from '../messages';
import { threadColour } from './colours';

export class ThreadLegend {
  private names = new Map<number, string>();

  constructor(private readonly root: HTMLElement) {
    this.reset();
  }

  /** A new run: only the main thread and stderr. */
  reset(): void {
    this.names = new Map([[0, 'MainThread']]);
    this.render();
  }

  add(events: TraceEvent[]): void {
    let changed = false;
    for (const ev of events) {
      if (ev.e === 'thread start' && ev.x && this.names.get(ev.t) !== ev.x) {
        this.names.set(ev.t, ev.x);
        changed = true;
      }
    }
    if (changed) this.render();
  }

  /** The legend as text: "MainThread, Thread-1 (worker), ..., stderr" (for the test hook). */
  text(): string {
    return [...this.root.querySelectorAll('.legend-item')].map((e) => e.textContent).join(', ');
  }

  private render(): void {
    this.root.replaceChildren();
    const ids = [...this.names.keys()].sort((a, b) => a - b);
    for (const id of ids) this.root.append(item(this.names.get(id) ?? `Thread ${id}`, threadColour(id)));
    this.root.append(item('stderr', 'var(--red)'));
  }
}

function item(name: string, colour: string): HTMLElement {
  const e = document.createElement('span');
  e.className = 'legend-item';
  e.style.color = colour;
  e.textContent = name;
  return e;
}
