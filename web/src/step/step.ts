// step.ts: the step panel. While a step-mode run is paused at a switch it lists the threads
// (colour, name, the line each is at, what it is about to do) with a button per runnable
// thread: run it to its next switch, or for one line of the program; "let it run" ends the
// pauses. It only shows a pause and reports choices; the engine client sends them.

import type { StepHow, StepPause } from '../messages';
import { threadColour } from '../console/colours';
import { el } from '../dom';

export interface StepHandlers {
  onChoose(thread: number, how: StepHow): void;
}

export class StepPanel {
  private pause: StepPause | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly handlers: StepHandlers,
  ) {
    this.render();
  }

  /** Shows [pause]; null hides the panel (the run went on or ended). */
  show(pause: StepPause | null): void {
    this.pause = pause;
    this.render();
  }

  private render(): void {
    const p = this.pause;
    this.root.hidden = p === null;
    this.root.replaceChildren();
    if (!p) return;
    const head = el('div', 'step-head');
    head.append(
      el('span', 'step-title', `Paused at switch ${p.n}`),
      el('span', 'step-time', `${(p.vtime * 1000).toFixed(3)} ms virtual time`),
      el('span', 'step-hint', 'Who runs next?'),
    );
    const free = button('let it run', 'Stop pausing: the seed chooses from here on', () => this.choose(-1, 'free'));
    free.classList.add('step-free');
    head.append(free);
    const list = el('div', 'step-threads');
    for (const t of p.threads) {
      const row = el('div', 'step-thread');
      row.dataset.thread = String(t.thread);
      row.dataset.canRun = String(t.canRun);
      const dot = el('span', 'step-dot');
      dot.style.background = t.thread === 0 ? 'var(--text)' : threadColour(t.thread);
      const who = el('div', 'step-who');
      const name = el('span', 'step-name', t.name);
      name.style.color = threadColour(t.thread);
      who.append(name);
      if (t.line) who.append(el('span', 'step-line', `line ${t.line}`));
      const doing = el('span', 'step-doing', t.doing);
      doing.title = t.doing;
      who.append(doing);
      const actions = el('span', 'step-actions');
      if (t.canRun) {
        actions.append(
          button('▶ run', `Run ${t.name} until its next switch`, () => this.choose(t.thread, 'switch')),
          button('one line', `Run ${t.name} for one line of the program`, () => this.choose(t.thread, 'line')),
        );
      }
      row.append(dot, who, actions);
      if (t.code) row.append(el('code', 'step-code', t.code));
      list.append(row);
    }
    this.root.append(head, list);
  }

  private choose(thread: number, how: StepHow): void {
    if (!this.pause) return;
    this.show(null);
    this.handlers.onChoose(thread, how);
  }
}

function button(text: string, title: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'btn btn-small';
  b.textContent = text;
  b.title = title;
  b.addEventListener('click', onClick);
  return b;
}
