// persist.ts: keeps the editor text in localStorage so a reload never loses it.
// The saved value is versioned ({v: 1, code}); a value of an unknown version or shape
// is ignored (not deleted), so an older page never destroys a newer page's save.

const KEY = 'interleave.editor';

interface SavedV1 {
  v: 1;
  code: string;
}

/** The saved code, or null if there is none (or storage is unavailable). */
export function loadSavedCode(): string | null {
  try {
    const text = localStorage.getItem(KEY);
    if (text === null) return null;
    const saved: unknown = JSON.parse(text);
    if (typeof saved === 'object' && saved !== null) {
      const s = saved as Partial<SavedV1>;
      if (s.v === 1 && typeof s.code === 'string') return s.code;
    }
  } catch {
    // Corrupt JSON or storage disabled: fall back to the default program.
  }
  return null;
}

/** Saves [code]; returns false if storage is unavailable or full. */
export function saveCode(code: string): boolean {
  const saved: SavedV1 = { v: 1, code };
  try {
    localStorage.setItem(KEY, JSON.stringify(saved));
    return true;
  } catch {
    return false;
  }
}
