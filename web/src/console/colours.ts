// colours.ts: the one table of thread colours, shared by the console (ANSI truecolor) and
// the panels (CSS). Thread 0, the main thread, keeps the default text colour.

const THREAD_RGB: ReadonlyArray<readonly [number, number, number]> = [
  [97, 175, 239],
  [152, 195, 121],
  [229, 192, 123],
  [198, 120, 221],
  [86, 182, 194],
  [209, 154, 102],
];

const rgb = (thread: number) => THREAD_RGB[(thread - 1) % THREAD_RGB.length];

/** CSS colour of [thread]'s text. */
export function threadColour(thread: number): string {
  if (thread <= 0) return 'var(--text)';
  const [r, g, b] = rgb(thread);
  return `rgb(${r}, ${g}, ${b})`;
}

/** ANSI escape that starts [thread]'s colour in the terminal ('' for the main thread). */
export function threadAnsi(thread: number): string {
  if (thread <= 0) return '';
  const [r, g, b] = rgb(thread);
  return `\x1b[38;2;${r};${g};${b}m`;
}
