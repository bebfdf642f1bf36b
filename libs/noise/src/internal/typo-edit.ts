import type { Rng } from '@synth/random';
import { KEY_NEIGHBOURS, LETTER_NEIGHBOURS } from './keyboard';

/** Probability that the error hits the first character of the edited region (real data: rarely). */
export const FIRST_LETTER_SHARE = 0.05;
/** Probability of a second edit (so 1 edit 80 %, 2 edits 20 %). */
export const SECOND_EDIT_SHARE = 0.2;

const isLower = (ch: string): boolean => ch >= 'a' && ch <= 'z';
const isUpper = (ch: string): boolean => ch >= 'A' && ch <= 'Z';
const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';

/** Which characters a typo may touch and produce. */
export interface TypoAlphabet {
  readonly digits: boolean;
}

const editable = (ch: string | undefined, a: TypoAlphabet): boolean =>
  ch !== undefined && (isLower(ch) || isUpper(ch) || (a.digits && isDigit(ch)));

const neighbours = (ch: string, a: TypoAlphabet): string => {
  const key = ch.toLowerCase();
  return (a.digits ? KEY_NEIGHBOURS.get(key) : LETTER_NEIGHBOURS.get(key)) ?? '';
};

const inCase = (ch: string, like: string): string =>
  isUpper(like) ? ch.toUpperCase() : isLower(like) ? ch.toLowerCase() : ch;

/** Number of editable characters in `s[lo, hi)`. */
export function countEditable(s: string, lo: number, hi: number, a: TypoAlphabet): number {
  let n = 0;
  for (let i = lo; i < hi; i++) {
    const c = s.charCodeAt(i) | 32; // ASCII letters fold to lower case; digits are unchanged
    if ((c >= 97 && c <= 122) || (a.digits && c >= 48 && c <= 57)) n++;
  }
  return n;
}

/** A position in [lo, hi) holding an editable character, biased away from the region's first character. */
const position = (s: string, lo: number, hi: number, a: TypoAlphabet, rng: Rng): number => {
  const n = countEditable(s, lo, hi, a);
  let k = n > 1 && !rng.chance(FIRST_LETTER_SHARE) ? rng.int(1, n - 1) : 0;
  for (let i = lo; i < hi; i++) if (editable(s[i], a) && k-- === 0) return i;
  return lo;
};

/**
 * One Damerau edit (substitute with a keyboard neighbour, delete, insert a neighbour or a doubled
 * key, transpose two neighbours) inside `s[lo, hi)`. Returns the new string and the region's new end.
 */
export function typoEdit(s: string, lo: number, hi: number, a: TypoAlphabet, rng: Rng): [string, number] {
  const p = position(s, lo, hi, a, rng);
  const ch = s[p];
  const op = rng.next();
  if (op < 0.2 && countEditable(s, lo, hi, a) > 2) return [s.slice(0, p) + s.slice(p + 1), hi - 1];
  const next = s[p + 1];
  if (op < 0.4 && p + 1 < hi && editable(next, a) && next !== ch && isUpper(next) === isUpper(ch)) {
    return [s.slice(0, p) + next + ch + s.slice(p + 2), hi];
  }
  const near = neighbours(ch, a);
  if (op < 0.65) {
    const like = editable(s[p + 1], a) ? s[p + 1] : ch;
    const ins = inCase(rng.chance(0.3) || near === '' ? ch : near[rng.int(0, near.length - 1)], like);
    return [s.slice(0, p + 1) + ins + s.slice(p + 1), hi + 1];
  }
  if (near === '') return [s.slice(0, p + 1) + inCase(ch, s[p + 1] ?? ch) + s.slice(p + 1), hi + 1];
  return [s.slice(0, p) + inCase(near[rng.int(0, near.length - 1)], ch) + s.slice(p + 1), hi];
}
