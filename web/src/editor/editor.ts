// editor.ts: the code editor, a façade over CodeMirror 6 (Python highlighting, dark
// theme, Tab indents, Mod-Enter runs). Nothing outside this file sees CodeMirror:
// the page and the tests use getCode / setCode / onChange / markLines only.

import { EditorView, basicSetup } from 'codemirror';
import { EditorState, Prec, StateEffect, StateField, RangeSetBuilder } from '@codemirror/state';
import { Decoration, type DecorationSet, keymap } from '@codemirror/view';
import { indentWithTab } from '@codemirror/commands';
import { indentUnit } from '@codemirror/language';
import { python } from '@codemirror/lang-python';
import { oneDark } from '@codemirror/theme-one-dark';

export interface CodeEditor {
  getCode(): string;
  /** Replaces the whole text (one undoable change). */
  setCode(code: string): void;
  /** Calls [listener] after every change of the text; returns an unsubscribe function. */
  onChange(listener: (code: string) => void): () => void;
  focus(): void;
  /** Highlights lines (1-based) in a colour with a label, e.g. where each thread is paused; [] clears. */
  markLines(marks: LineMark[]): void;
}

export interface LineMark {
  line: number;
  colour: string;
  label: string;
}

const setMarks = StateEffect.define<LineMark[]>();

/** The marked lines, as line decorations; kept across edits, replaced by setMarks. */
const marksField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    marks = marks.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setMarks)) continue;
      const builder = new RangeSetBuilder<Decoration>();
      const byLine = new Map<number, LineMark[]>();
      for (const m of e.value) {
        if (m.line < 1 || m.line > tr.state.doc.lines) continue;
        byLine.set(m.line, [...(byLine.get(m.line) ?? []), m]);
      }
      for (const line of [...byLine.keys()].sort((a, b) => a - b)) {
        const ms = byLine.get(line) ?? [];
        const from = tr.state.doc.line(line).from;
        builder.add(from, from, Decoration.line({
          class: 'cm-thread-mark',
          attributes: { style: `--mark: ${ms[0].colour}`, 'data-marks': ms.map((m) => m.label).join(' · ') },
        }));
      }
      marks = builder.finish();
    }
    return marks;
  },
  provide: (f) => EditorView.decorations.from(f),
});

export interface EditorOptions {
  initialCode: string;
  /** Called on Ctrl-Enter / Cmd-Enter. */
  onRun?: () => void;
}

const layoutTheme = EditorView.theme({
  '&': { height: '100%', fontSize: '14px' },
  '.cm-scroller': {
    fontFamily: 'var(--mono)',
    lineHeight: '1.55',
  },
  '.cm-content': { padding: '10px 0' },
  '&.cm-focused': { outline: 'none' },
  '.cm-thread-mark': {
    backgroundColor: 'color-mix(in srgb, var(--mark) 16%, transparent)',
    boxShadow: 'inset 3px 0 0 var(--mark)',
  },
  '.cm-thread-mark::after': {
    content: 'attr(data-marks)',
    marginLeft: '2.5em',
    color: 'var(--mark)',
    fontSize: '12px',
    fontFamily: 'var(--sans)',
  },
});

export function createEditor(parent: HTMLElement, options: EditorOptions): CodeEditor {
  const listeners = new Set<(code: string) => void>();
  const runKeys = keymap.of([
    {
      key: 'Mod-Enter',
      preventDefault: true,
      run: () => {
        options.onRun?.();
        return true;
      },
    },
  ]);
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.initialCode,
      extensions: [
        Prec.highest(runKeys),
        basicSetup,
        keymap.of([indentWithTab]),
        indentUnit.of('    '),
        EditorState.tabSize.of(4),
        python(),
        oneDark,
        layoutTheme,
        marksField,
        EditorView.contentAttributes.of({ 'aria-label': 'Python code' }),
        EditorView.updateListener.of((update) => {
          if (!update.docChanged) return;
          const code = update.state.doc.toString();
          for (const listener of listeners) listener(code);
        }),
      ],
    }),
  });

  return {
    getCode: () => view.state.doc.toString(),
    setCode: (code) => {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } });
    },
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    focus: () => view.focus(),
    markLines: (marks) => view.dispatch({ effects: setMarks.of(marks) }),
  };
}
