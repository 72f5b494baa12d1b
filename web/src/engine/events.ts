// events.ts: parses the engine's drained event stream (the JSON of _drain()).
// Unknown event kinds are skipped, so a newer engine with more kinds (trace events)
// still works with this page.

import { isStepPause, isTraceEvent, type OutputChunk, type StepPause, type TraceEvent } from '../messages';

export type EngineEvent =
  | { kind: 'out'; chunk: OutputChunk }
  | { kind: 'trace'; event: TraceEvent }
  | { kind: 'step'; pause: StepPause }
  | { kind: 'input'; waiting: boolean }
  | { kind: 'exit'; code: number; lost: number };

/** Parses one _drain() result. Throws on text that is not a JSON array. */
export function parseDrained(json: string): EngineEvent[] {
  const raw: unknown = JSON.parse(json);
  if (!Array.isArray(raw)) throw new Error('engine drain did not return a JSON array');
  const events: EngineEvent[] = [];
  for (const e of raw) {
    if (typeof e !== 'object' || e === null) continue;
    const ev = e as Record<string, unknown>;
    if (ev.k === 'out' && (ev.s === 1 || ev.s === 2) && typeof ev.d === 'string') {
      const thread = Number.isInteger(ev.t) ? (ev.t as number) : 0;
      events.push({ kind: 'out', chunk: { stream: ev.s, thread, text: ev.d } });
    } else if (ev.k === 'ev') {
      const { k: _k, ...rest } = ev;
      if (isTraceEvent(rest)) events.push({ kind: 'trace', event: rest });
    } else if (ev.k === 'step' && Array.isArray(ev.o)) {
      const threads = (ev.o as Record<string, unknown>[]).map((o) => ({
        thread: o.t, name: o.n, canRun: o.r, line: o.l, code: o.c, doing: o.d,
      }));
      const pause = { n: ev.n, vtime: ev.vt, threads };
      if (isStepPause(pause)) events.push({ kind: 'step', pause });
    } else if (ev.k === 'input' && typeof ev.on === 'boolean') {
      events.push({ kind: 'input', waiting: ev.on });
    } else if (ev.k === 'exit' && Number.isInteger(ev.code)) {
      const lost = Number.isInteger(ev.lost) && (ev.lost as number) >= 0 ? (ev.lost as number) : 0;
      events.push({ kind: 'exit', code: ev.code as number, lost });
    }
  }
  return events;
}

/** Joins neighbouring chunks of the same stream and thread, to keep messages small. */
export function coalesce(chunks: OutputChunk[]): OutputChunk[] {
  const out: OutputChunk[] = [];
  for (const c of chunks) {
    const last = out[out.length - 1];
    if (last && last.stream === c.stream && last.thread === c.thread) last.text += c.text;
    else out.push({ ...c });
  }
  return out;
}
