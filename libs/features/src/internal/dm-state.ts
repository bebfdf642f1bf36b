/** Working state of one Double Metaphone encoding (see ../double-metaphone.ts). */
export interface DmState {
  /** Upper-cased word padded with five spaces (so look-ahead never leaves the string). */
  readonly w: string;
  readonly length: number;
  readonly last: number;
  readonly slavoGermanic: boolean;
  readonly germanic: boolean;
  i: number;
  primary: string;
  secondary: string;
}

export function createState(word: string): DmState {
  const w = word + '     ';
  return {
    w,
    length: word.length,
    last: word.length - 1,
    slavoGermanic: word.includes('W') || word.includes('K') || word.includes('CZ'),
    germanic: word.startsWith('VAN ') || word.startsWith('VON ') || word.startsWith('SCH'),
    i: 0,
    primary: '',
    secondary: '',
  };
}

/** Appends a code to the primary and (if given, else the same) secondary key. */
export function add(st: DmState, primary: string, secondary: string = primary): void {
  st.primary += primary;
  st.secondary += secondary;
}

/** True when the text at `start` is one of `options` (all options have the same length). */
export function at(st: DmState, start: number, options: readonly string[]): boolean {
  if (start < 0) return false;
  const w = st.w;
  for (let k = 0; k < options.length; k++) if (w.startsWith(options[k], start)) return true;
  return false;
}

/** The character at `k`, `''` outside the word's left edge. */
export function ch(st: DmState, k: number): string {
  return k < 0 ? '' : st.w[k];
}

export function isVowel(st: DmState, k: number): boolean {
  if (k < 0 || k >= st.length) return false;
  const c = st.w.charCodeAt(k);
  return c === 65 || c === 69 || c === 73 || c === 79 || c === 85 || c === 89;
}
