// dom.ts: the one small element helper the panels share (they build their DOM by hand).

/** A new <[tag]> with class [cls] and, if given, [text] as its text. */
export function el(tag: string, cls: string, text?: string): HTMLElement {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}
