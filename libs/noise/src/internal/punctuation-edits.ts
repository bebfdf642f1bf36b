import type { FieldKind } from '../types';

/** One possible punctuation change: replace `value.slice(start, end)` by `text`. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Abbreviations that take an optional trailing dot in addresses (USPS suffixes, unit words, directionals). */
const ADDRESS_DOTTABLE = new Set(
  [
    'st', 'ave', 'av', 'rd', 'dr', 'blvd', 'ln', 'ct', 'pl', 'cir', 'ter', 'trl', 'pkwy', 'hwy', 'sq', 'expy', 'fwy',
    'aly', 'anx', 'byp', 'cres', 'crk', 'cv', 'frk', 'hts', 'jct', 'lk', 'mt', 'mtn', 'plz', 'pt', 'rdg', 'spg', 'sta',
    'tpke', 'vw', 'vlg', 'xing', 'apt', 'ste', 'bldg', 'fl', 'rm', 'dept', 'n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw',
  ],
);
const UNIT_WORDS = new Set(['apt', 'apartment', 'ste', 'suite', 'unit', '#', 'bldg', 'building', 'fl', 'floor', 'rm', 'room']);
/** Company designators written with or without a final dot. */
const COMPANY_DOTTABLE = new Set(['inc', 'co', 'corp', 'ltd', 'bros', 'intl', 'assn', 'mfg']);
/** Company initialisms and their dotted spelling (both ways). */
const COMPANY_INITIALISMS = new Map<string, string>([
  ['llc', 'L.L.C.'], ['llp', 'L.L.P.'], ['lp', 'L.P.'], ['pc', 'P.C.'], ['pllc', 'P.L.L.C.'],
  ['l.l.c.', 'LLC'], ['l.l.p.', 'LLP'], ['l.p.', 'LP'], ['p.c.', 'PC'], ['p.l.l.c.', 'PLLC'],
]);

const isLetter = (ch: string | undefined): boolean =>
  ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));

const pushCharEdits = (value: string, kind: FieldKind, out: Edit[]): void => {
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === "'" || ch === '\u2019') {
      out.push({ start: i, end: i + 1, text: '' });
      out.push({ start: i, end: i + 1, text: ch === "'" ? '\u2019' : "'" });
    } else if (ch === '-' && isLetter(value[i - 1]) && isLetter(value[i + 1])) {
      out.push({ start: i, end: i + 1, text: ' ' });
      if (kind !== 'address') out.push({ start: i, end: i + 1, text: '' });
    } else if (ch === ' ' && (kind === 'first_name' || kind === 'last_name') && isLetter(value[i - 1]) && isLetter(value[i + 1])) {
      out.push({ start: i, end: i + 1, text: '-' });
    } else if (ch === '.' && (kind === 'first_name' || kind === 'last_name')) {
      out.push({ start: i, end: i + 1, text: '' });
    } else if (ch === '&' && kind === 'company' && value[i - 1] === ' ' && value[i + 1] === ' ') {
      out.push({ start: i, end: i + 1, text: 'and' });
    }
  }
  // ONeil → O'Neil (the apostrophe a form dropped, restored)
  if ((kind === 'last_name' || kind === 'first_name') && value[0] === 'O' && value[1] >= 'A' && value[1] <= 'Z' && value.length > 3) {
    out.push({ start: 1, end: 1, text: "'" });
  }
};

const pushTokenEdits = (value: string, kind: FieldKind, out: Edit[]): void => {
  let start = 0;
  let index = 0;
  while (start < value.length) {
    let end = value.indexOf(' ', start);
    if (end < 0) end = value.length;
    if (end > start) {
      const hasComma = value[end - 1] === ',';
      const wordEnd = hasComma ? end - 1 : end;
      const word = value.slice(start, wordEnd);
      const lower = word.toLowerCase();
      const bare = lower.endsWith('.') ? lower.slice(0, -1) : lower;
      if (kind === 'address' && index > 0) {
        if (lower.endsWith('.') && ADDRESS_DOTTABLE.has(bare)) out.push({ start: wordEnd - 1, end: wordEnd, text: '' });
        else if (ADDRESS_DOTTABLE.has(lower)) out.push({ start: wordEnd, end: wordEnd, text: '.' });
        if (UNIT_WORDS.has(bare) && index > 1) {
          if (value[start - 2] === ',') out.push({ start: start - 2, end: start - 1, text: '' });
          else out.push({ start: start - 1, end: start - 1, text: ',' });
        }
      } else if (kind === 'company' && index > 0) {
        const initialism = COMPANY_INITIALISMS.get(lower);
        const dottable = COMPANY_DOTTABLE.has(bare);
        if (initialism !== undefined) out.push({ start, end: wordEnd, text: initialism });
        else if (dottable && lower.endsWith('.')) out.push({ start: wordEnd - 1, end: wordEnd, text: '' });
        else if (dottable) out.push({ start: wordEnd, end: wordEnd, text: '.' });
        if (initialism !== undefined || dottable) {
          if (value[start - 2] === ',') out.push({ start: start - 2, end: start - 1, text: '' });
          else out.push({ start: start - 1, end: start - 1, text: ',' });
        }
        if (lower === 'and' && end < value.length) out.push({ start, end: wordEnd, text: '&' });
      }
    }
    start = end + 1;
    index++;
  }
};

/** Every punctuation change the strategy could make to `value` for a field of `kind`. */
export function punctuationEdits(value: string, kind: FieldKind): Edit[] {
  const out: Edit[] = [];
  pushCharEdits(value, kind, out);
  if (kind === 'address' || kind === 'company') pushTokenEdits(value, kind, out);
  return out;
}
