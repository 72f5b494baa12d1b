// legend.ts: the console's colour legend: one swatch per Python thread of the run, in the
// colour its text has in the console (stderr's red last). It shows the run's ThreadNames; it
// never talks to the engine.

import { threadColour } from './colours';
import type { ThreadNames } from './names';
import { el } from '../dom';

export class ThreadLegend {
  constructor(
    private readonly root: HTMLElement,
    private readonly names: ThreadNames,
  ) {
    this.render();
  }

  /** Draws the names known now (after a reset, or when new ones arrived). */
  render(): void {
    this.root.replaceChildren();
    for (const id of this.names.ids()) this.root.append(item(this.names.name(id), threadColour(id)));
    this.root.append(item('stderr', 'var(--red)'));
  }

  /** The legend as text: "MainThread, Thread-1 (worker), ..., stderr" (for the test hook). */
  text(): string {
    return [...this.root.querySelectorAll('.legend-item')].map((e) => e.textContent).join(', ');
  }
}

function item(name: string, colour: string): HTMLElement {
  const e = el('span', 'legend-item', name);
  e.style.color = colour;
  return e;
}
