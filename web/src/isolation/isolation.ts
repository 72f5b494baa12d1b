// isolation.ts: the cross-origin isolation check. The engine's Python threads are
// pthreads, which need SharedArrayBuffer, which browsers only give to pages served
// with COOP/COEP headers. Without them the engine is not loaded at all and the page
// explains why, instead of showing a broken console.

export interface IsolationStatus {
  isolated: boolean;
  /** One sentence for the status line when not isolated. */
  reason: string;
}

export function checkIsolation(): IsolationStatus {
  const isolated = globalThis.crossOriginIsolated === true && typeof SharedArrayBuffer === 'function';
  return {
    isolated,
    reason: isolated ? '' : 'this page is not cross-origin isolated, so Python threads cannot run',
  };
}

/** Fills [parent] with a plain explanation of what is missing and how to serve the page. */
export function renderIsolationHelp(parent: HTMLElement): void {
  parent.replaceChildren();
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const box = el('div');
  box.className = 'isolation-help';
  box.setAttribute('role', 'alert');
  box.dataset.testid = 'isolation-help';

  box.append(el('h2', 'Python threads need a cross-origin isolated page'));
  box.append(
    el(
      'p',
      'Interleave runs every Python thread as a real thread of the browser (a Web Worker sharing ' +
        'memory with the others). Browsers only allow shared memory (SharedArrayBuffer) on pages ' +
        'that are cross-origin isolated, and this page is not, so the engine was not loaded. ' +
        'The editor still works, and your code is kept.',
    ),
  );
  box.append(el('p', 'The server must send these two headers with the page and its files:'));
  const headers = el('pre');
  headers.textContent = 'Cross-Origin-Opener-Policy: same-origin\nCross-Origin-Embedder-Policy: require-corp';
  box.append(headers);
  box.append(el('p', 'Ways to serve it:'));
  const ways = el('ul');
  const item = (code: string, text: string) => {
    const li = el('li');
    li.append(el('code', code), document.createTextNode(` ${text}`));
    ways.append(li);
  };
  item('node web/serve.mjs', '(after npm run build in web/) serves web/dist with the headers on http://127.0.0.1:8000/');
  item('npm run dev', 'or npm run preview in web/: the Vite servers send them too');
  item('python3 -m http.server', 'does not: it cannot add headers (a small subclass can)');
  box.append(ways);
  box.append(
    el(
      'p',
      'Opening the file directly (file://) or from a host that does not let you set headers will ' +
        'not work either.',
    ),
  );
  parent.append(box);
}
