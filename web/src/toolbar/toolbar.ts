// toolbar.ts: the Run, Step and Stop buttons and the status line. It only shows state and
// reports clicks; what Run and Stop do is wired in main.ts.

import type { EngineState } from '../engine/client';

export type StatusTone = 'neutral' | 'busy' | 'ok' | 'error' | 'stopped';

export interface ToolbarHandlers {
  onRun(): void;
  onStep(): void;
  onStop(): void;
}

export class Toolbar {
  private readonly runButton: HTMLButtonElement;
  private readonly stopButton: HTMLButtonElement;
  private readonly stepButton: HTMLButtonElement;
  private readonly status: HTMLElement;

  constructor(root: HTMLElement, handlers: ToolbarHandlers) {
    this.runButton = must(root.querySelector<HTMLButtonElement>('[data-action="run"]'));
    this.stopButton = must(root.querySelector<HTMLButtonElement>('[data-action="stop"]'));
    this.stepButton = must(root.querySelector<HTMLButtonElement>('[data-action="step"]'));
    this.status = must(root.querySelector<HTMLElement>('[data-role="status"]'));
    this.runButton.addEventListener('click', () => handlers.onRun());
    this.stopButton.addEventListener('click', () => handlers.onStop());
    this.stepButton.addEventListener('click', () => handlers.onStep());
  }

  /** Enables the buttons that make sense in [state]. */
  setEngineState(state: EngineState): void {
    this.runButton.disabled = state !== 'ready';
    this.stepButton.disabled = state !== 'ready';
    this.stopButton.disabled = state !== 'running';
  }

  setStatus(text: string, tone: StatusTone): void {
    this.status.textContent = text;
    this.status.dataset.tone = tone;
  }
}

function must<T>(value: T | null): T {
  if (value === null) throw new Error('toolbar markup is missing an element');
  return value;
}
