/** QWERTY rows; a key's neighbours are left/right in its row, and the two touching keys above and below. */
const ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

const build = (): ReadonlyMap<string, string> => {
  const map = new Map<string, string>();
  ROWS.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      let near = '';
      const add = (rr: number, cc: number) => {
        const ch = ROWS[rr]?.[cc];
        if (ch !== undefined) near += ch;
      };
      add(r, c - 1);
      add(r, c + 1);
      add(r - 1, c);
      add(r - 1, c + 1);
      add(r + 1, c - 1);
      add(r + 1, c);
      map.set(row[c], near);
    }
  });
  return map;
};

/** Lower-case key → its QWERTY neighbours (letters and digits), built once at module load. */
export const KEY_NEIGHBOURS: ReadonlyMap<string, string> = build();

/** Letters-only neighbours (for names and company names). */
export const LETTER_NEIGHBOURS: ReadonlyMap<string, string> = new Map(
  [...KEY_NEIGHBOURS].filter(([k]) => k >= 'a' && k <= 'z').map(([k, v]) => [k, v.replace(/[0-9]/g, '')]),
);
