import { slug } from './slug';

/** Legal words a company's web domain leaves out, each with a trailing dot (`Harris Logistics LLC`, `Acme Co.`). */
const LEGAL_WORDS = /\b(LLC|LLP|Inc|Co|Corp|Ltd|Ltée|Group|and|Sons)\b\.?/g;
/** `LEGAL_WORDS`' alternatives in its order, as char codes, for the ASCII scan (`Ltée` never ends on a boundary). */
const LEGAL_CODES: readonly (readonly number[])[] = [
  'LLC',
  'LLP',
  'Inc',
  'Co',
  'Corp',
  'Ltd',
  'Group',
  'and',
  'Sons',
].map((w) => Array.from(w, (ch) => ch.charCodeAt(0)));
/** Longest domain base, in letters. */
const MAX_LETTERS = 24;
const DOT = 46;

/** A regular-expression word character (`\w` without the `u` flag): ASCII letter, digit or `_`. */
const isWord = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** Whether `value` has a `\b` at `i` (a word character on exactly one side; NaN outside the string). */
const boundary = (value: string, i: number): boolean =>
  isWord(value.charCodeAt(i - 1) | 0) !== isWord(value.charCodeAt(i) | 0);

/** The first letters of the legal words, by char code (a word starts nowhere else). */
const FIRST_LETTERS = new Uint8Array(128);
for (const word of LEGAL_CODES) FIRST_LETTERS[word[0]] = 1;

/** The length `LEGAL_WORDS` removes at `i` of an ASCII `value` (the word and an optional dot), 0 when none. */
function legalWordAt(value: string, i: number): number {
  if (FIRST_LETTERS[value.charCodeAt(i)] === 0 || !boundary(value, i)) return 0;
  for (const word of LEGAL_CODES) {
    let k = 0;
    while (k < word.length && value.charCodeAt(i + k) === word[k]) k++;
    if (k < word.length || !boundary(value, i + k)) continue;
    return value.charCodeAt(i + k) === DOT ? k + 1 : k;
  }
  return 0;
}

/** Scratch char codes of {@link companySlug}'s ASCII scan. */
const codes: number[] = [];

/**
 * The base of a company's web domain: `slug(company.replace(LEGAL_WORDS, '')).slice(0, 24)`, its letters in lower
 * case without the legal words (`Harris & Sons Logistics LLC` → `harrislogistics`). An ASCII name (almost all) is
 * read char code by char code with the expression's matching rules; any other takes the expressions.
 *
 * @example
 * companySlug('Denver Roofing Co.'); // 'denverroofing'
 */
export function companySlug(company: string): string {
  // A legal word with a non-ASCII letter (`Ltée`) may stand anywhere, even past the letters kept: the whole name.
  for (let i = 0; i < company.length; i++) {
    if (company.charCodeAt(i) > 127) return slug(company.replace(LEGAL_WORDS, '')).slice(0, MAX_LETTERS);
  }
  codes.length = 0;
  for (let i = 0; i < company.length && codes.length < MAX_LETTERS;) {
    const c = company.charCodeAt(i);
    const skip = legalWordAt(company, i);
    if (skip > 0) {
      i += skip;
      continue;
    }
    if (c >= 97 && c <= 122) codes.push(c);
    else if (c >= 65 && c <= 90) codes.push(c + 32);
    i++;
  }
  return String.fromCharCode.apply(null, codes);
}
