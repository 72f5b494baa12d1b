// settings.ts: the run settings panel (mode, seed, stdout buffering, print switch) and their storage.
// It owns the controls and a versioned localStorage record; main.ts reads config() at each
// Run. It never starts runs itself.

import { MAX_SEED, defaultRunConfig, type RunConfig } from '../messages';

export type RunSettings = Pick<RunConfig, 'mode' | 'seed' | 'stdout' | 'bufferSize' | 'printSwitch'>;

const STORAGE_KEY = 'interleave.settings';
const STORAGE_VERSION = 1;

const defaults: RunSettings = {
  mode: defaultRunConfig.mode,
  seed: defaultRunConfig.seed,
  stdout: defaultRunConfig.stdout,
  bufferSize: defaultRunConfig.bufferSize,
  printSwitch: defaultRunConfig.printSwitch,
};

/** [v] as settings, each field checked; anything invalid falls back to its default. */
export function sanitize(v: Partial<Record<keyof RunSettings, unknown>>): RunSettings {
  const seed = Number(v.seed);
  const size = Number(v.bufferSize);
  return {
    mode: v.mode === 'real' || v.mode === 'seeded' ? v.mode : defaults.mode,
    seed: Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED ? seed : defaults.seed,
    stdout: v.stdout === 'tty' || v.stdout === 'pipe' || v.stdout === 'unbuffered' ? v.stdout : defaults.stdout,
    bufferSize: Number.isInteger(size) && size >= 1 && size <= 1 << 20 ? size : defaults.bufferSize,
    printSwitch: v.printSwitch === 'faithful' || v.printSwitch === 'amplified' ? v.printSwitch : defaults.printSwitch,
  };
}

function load(): RunSettings {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return { ...defaults };
    const rec = JSON.parse(raw) as { v?: number; settings?: Record<string, unknown> };
    if (rec.v !== STORAGE_VERSION || typeof rec.settings !== 'object' || rec.settings === null) return { ...defaults };
    return sanitize(rec.settings);
  } catch {
    return { ...defaults };
  }
}

function save(s: RunSettings): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: STORAGE_VERSION, settings: s }));
  } catch {
    // Storage full or disabled: the settings still apply to this page.
  }
}

export class SettingsPanel {
  private current: RunSettings;
  private readonly mode: HTMLSelectElement;
  private readonly seed: HTMLInputElement;
  private readonly newSeed: HTMLButtonElement;
  private readonly stdout: HTMLSelectElement;
  private readonly bufferSize: HTMLInputElement;
  private readonly printSwitch: HTMLSelectElement;

  /**
   * [onUserChange] hears the fields a person changed with the controls (not update() calls),
   * so the page can re-run the same schedule when only the buffering changed.
   */
  constructor(root: HTMLElement, private readonly onUserChange: (changed: (keyof RunSettings)[]) => void = () => {}) {
    this.mode = must(root.querySelector<HTMLSelectElement>('[data-setting="mode"]'));
    this.seed = must(root.querySelector<HTMLInputElement>('[data-setting="seed"]'));
    this.newSeed = must(root.querySelector<HTMLButtonElement>('[data-action="new-seed"]'));
    this.stdout = must(root.querySelector<HTMLSelectElement>('[data-setting="stdout"]'));
    this.bufferSize = must(root.querySelector<HTMLInputElement>('[data-setting="buffer-size"]'));
    this.printSwitch = must(root.querySelector<HTMLSelectElement>('[data-setting="print-switch"]'));
    this.seed.max = String(MAX_SEED);
    this.current = load();
    this.render();
    const changed = () => {
      const before = this.current;
      this.update(this.read());
      const keys = (Object.keys(this.current) as (keyof RunSettings)[]).filter((k) => this.current[k] !== before[k]);
      if (keys.length > 0) this.onUserChange(keys);
    };
    for (const el of [this.mode, this.stdout, this.printSwitch]) el.addEventListener('change', changed);
    for (const el of [this.seed, this.bufferSize]) el.addEventListener('change', changed);
    this.newSeed.addEventListener('click', () =>
      this.update({ ...this.current, seed: Math.floor(Math.random() * (MAX_SEED + 1)) }),
    );
  }

  /** The settings the next run uses. */
  settings(): RunSettings {
    return { ...this.current };
  }

  /** The full run configuration for the engine. */
  config(): RunConfig {
    return { ...defaultRunConfig, ...this.current };
  }

  /** Applies [patch] (invalid fields are ignored), shows it and stores it. */
  update(patch: Partial<RunSettings>): void {
    this.current = sanitize({ ...this.current, ...patch });
    this.render();
    save(this.current);
  }

  private read(): Partial<RunSettings> {
    return {
      mode: this.mode.value as RunSettings['mode'],
      seed: this.seed.valueAsNumber,
      stdout: this.stdout.value as RunSettings['stdout'],
      bufferSize: this.bufferSize.valueAsNumber,
      printSwitch: this.printSwitch.value as RunSettings['printSwitch'],
    };
  }

  private render(): void {
    const s = this.current;
    this.mode.value = s.mode;
    this.seed.value = String(s.seed);
    this.stdout.value = s.stdout;
    this.bufferSize.value = String(s.bufferSize);
    this.printSwitch.value = s.printSwitch;
    const seeded = s.mode === 'seeded';
    this.seed.disabled = !seeded;
    this.newSeed.disabled = !seeded;
    this.bufferSize.disabled = s.stdout !== 'pipe';
    this.seed.title = seeded ? 'The same seed replays the same interleaving' : 'Real mode: the OS schedules';
  }
}

function must<T>(value: T | null): T {
  if (value === null) throw new Error('settings markup is missing an element');
  return value;
}
