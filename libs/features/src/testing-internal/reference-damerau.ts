/**
 * Textbook unrestricted Damerau-Levenshtein (Lowrance-Wagner with a Map alphabet and a 2-D array),
 * used only as a test oracle: natural 8.1.1 gets some cases wrong (natural('ab', 'abb') = 0).
 */
export function referenceDamerau(a: string, b: string): number {
  const inf = a.length + b.length;
  const d: number[][] = [];
  for (let i = 0; i <= a.length + 1; i++) d.push(new Array<number>(b.length + 2).fill(0));
  d[0][0] = inf;
  for (let i = 0; i <= a.length; i++) {
    d[i + 1][0] = inf;
    d[i + 1][1] = i;
  }
  for (let j = 0; j <= b.length; j++) {
    d[0][j + 1] = inf;
    d[1][j + 1] = j;
  }
  const da = new Map<string, number>();
  for (let i = 1; i <= a.length; i++) {
    let db = 0;
    for (let j = 1; j <= b.length; j++) {
      const i1 = da.get(b[j - 1]) ?? 0;
      const j1 = db;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      if (cost === 0) db = j;
      d[i + 1][j + 1] = Math.min(
        d[i][j] + cost,
        d[i + 1][j] + 1,
        d[i][j + 1] + 1,
        d[i1][j1] + (i - i1 - 1) + 1 + (j - j1 - 1),
      );
    }
    da.set(a[i - 1], i);
  }
  return d[a.length + 1][b.length + 1];
}
