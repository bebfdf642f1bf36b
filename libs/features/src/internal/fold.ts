import { isSpace } from './tokens';

/** Characters deleted without splitting a word: apostrophes and periods (O'Neil → oneil, St. → st). */
export const NAME_DROP = "'.\u2019`";

const COMBINING = /[\u0300-\u036f]/g;

/** Removes diacritics (é → e) when the string has any non-ASCII character; ASCII strings are returned as is. */
export function stripAccents(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 127) {
      // Fold, lower, fold again: compatibility forms (𝚨 → Α) and lower-casing (İ → i̇) both create new marks.
      const lower = s.normalize('NFKD').replace(COMBINING, '').toLowerCase();
      return lower.normalize('NFKD').replace(COMBINING, '');
    }
  }
  return s;
}

/** Unicode spaces and the General Punctuation block (dashes, curly quotes, …). */
function isPunctuation(c: number): boolean {
  return isSpace(c) || (c >= 0x2000 && c <= 0x206f) || c === 0x3000 || c === 0xfeff || c === 0xd7 || c === 0xf7;
}

/**
 * Lower-cases, folds accents, deletes the characters in `drop` (code units), turns every other
 * non-alphanumeric character into a separator and collapses separators into single spaces.
 * Characters in `keep` are kept as their own token (e.g. `#` in addresses). One pass, no regex
 * for ASCII input.
 */
export function foldText(input: string, drop: string, keep = ''): string {
  const s = stripAccents(input);
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    const alnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c > 191 && !isPunctuation(c));
    if (alnum) {
      if (pendingSpace && out.length > 0) out += ' ';
      pendingSpace = false;
      out += c === s.charCodeAt(i) ? s[i] : String.fromCharCode(c);
    } else if (drop.indexOf(s[i]) >= 0) {
      continue;
    } else if (keep.indexOf(s[i]) >= 0) {
      if (out.length > 0) out += ' ';
      out += s[i];
      pendingSpace = true;
    } else {
      pendingSpace = true;
    }
  }
  return out;
}

// ASCII character classes for foldTokens: 1 = letter/digit, 2 = dropped (NAME_DROP), 3 = '#'.
const CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) CLASS[c] = 1;
for (let c = 65; c <= 90; c++) CLASS[c] = 1;
for (let c = 97; c <= 122; c++) CLASS[c] = 1;
CLASS[39] = 2; // '
CLASS[46] = 2; // .
CLASS[96] = 2; // `
CLASS[35] = 3; // #

/**
 * The tokens of `foldText(input, NAME_DROP, keepHash ? '#' : '')` (the same as splitting that on
 * spaces), with an allocation-light fast path for ASCII input: one native `toLowerCase`, then slices.
 */
export function foldTokens(input: string, keepHash = false): string[] {
  const n = input.length;
  for (let i = 0; i < n; i++) {
    if (input.charCodeAt(i) > 127) {
      const folded = foldText(input, NAME_DROP, keepHash ? '#' : '');
      return folded === '' ? [] : folded.split(' ');
    }
  }
  const s = input.toLowerCase();
  const out: string[] = [];
  let start = -1;
  let dropped = false;
  for (let i = 0; i < n; i++) {
    const k = CLASS[s.charCodeAt(i)];
    if (k === 1 || k === 2) {
      if (start < 0) start = i;
      if (k === 2) dropped = true;
      continue;
    }
    if (start >= 0) {
      pushToken(out, s, start, i, dropped);
      start = -1;
      dropped = false;
    }
    if (k === 3 && keepHash) out.push('#');
  }
  if (start >= 0) pushToken(out, s, start, n, dropped);
  return out;
}

function pushToken(out: string[], s: string, start: number, end: number, dropped: boolean): void {
  if (!dropped) {
    out.push(s.slice(start, end));
    return;
  }
  let token = '';
  for (let i = start; i < end; i++) if (CLASS[s.charCodeAt(i)] === 1) token += s[i];
  if (token !== '') out.push(token);
}

/**
 * `foldTokens(input, keepHash)[0]`, `''` when there is none, reading only up to the end of the first token: an
 * ASCII token ended by an ASCII character is the first token of the whole input whatever follows (folding the
 * rest, accents and all, cannot reach back into it), so only a non-ASCII character met before that end needs the
 * full fold.
 */
export function firstFoldToken(input: string, keepHash = false): string {
  const n = input.length;
  let start = -1;
  let dropped = false;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    if (c > 127) {
      const tokens = foldTokens(input, keepHash);
      return tokens.length > 0 ? tokens[0] : '';
    }
    // Lower-casing never changes the class of an ASCII character.
    const k = CLASS[c];
    if (k === 1 || k === 2) {
      if (start < 0) start = i;
      if (k === 2) dropped = true;
      continue;
    }
    if (start >= 0) {
      const token = tokenOf(input, start, i, dropped);
      if (token !== '') return token;
      start = -1;
      dropped = false;
    }
    if (k === 3 && keepHash) return '#';
  }
  return start >= 0 ? tokenOf(input, start, n, dropped) : '';
}

/** The token `pushToken` would push for `s.slice(start, end)` (ASCII), lower-cased; `''` for none. */
function tokenOf(s: string, start: number, end: number, dropped: boolean): string {
  if (!dropped) return s.slice(start, end).toLowerCase();
  let token = '';
  for (let i = start; i < end; i++) if (CLASS[s.charCodeAt(i)] === 1) token += s[i];
  return token.toLowerCase();
}
