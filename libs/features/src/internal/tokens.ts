/** True for the ASCII and common Unicode whitespace code units. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

/** Whitespace-separated tokens of `s`, in order, duplicates kept. Char loop, no regex. */
export function splitTokens(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    if (isSpace(s.charCodeAt(i))) {
      if (start >= 0) {
        out.push(s.slice(start, i));
        start = -1;
      }
    } else if (start < 0) start = i;
  }
  if (start >= 0) out.push(s.slice(start));
  return out;
}

/**
 * The distinct elements of `items`, first occurrence order: `items` itself when they are already distinct
 * (the usual case), so no second array is built.
 */
export function unique(items: string[]): string[] {
  if (items.length < 2 || isDistinct(items)) return items;
  const out: string[] = [];
  for (const t of items) if (out.indexOf(t) < 0) out.push(t);
  return out;
}

function isDistinct(items: readonly string[]): boolean {
  for (let i = 1; i < items.length; i++) if (items.lastIndexOf(items[i], i - 1) >= 0) return false;
  return true;
}

/** Jaccard index of two arrays of distinct strings; both empty → 1. */
export function jaccardOfUnique(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  let inter = 0;
  if (a.length * b.length <= 64) {
    for (const t of a) if (b.indexOf(t) >= 0) inter++;
  } else {
    const set = new Set(b);
    for (const t of a) if (set.has(t)) inter++;
  }
  return inter / (a.length + b.length - inter);
}
