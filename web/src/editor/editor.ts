// editor.ts: the code editor, a façade over CodeMirror 6 (Python highlighting, dark
// theme, Tab indents, Mod-Enter runs). Nothing outside this file sees CodeMirror:
// the page and the tests use getCode / setCode / onChange only.

import { EditorView, basicSetup } from 'codemirror';
import { EditorState, Prec } from '@codemirror/state';
import { keymap } from '@codemirror/view';
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
}

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
  };
}
