import type { FieldKind } from '../types';
import { addressTokens } from './address-tokens';

/** One possible punctuation change: replace `value.slice(start, end)` by `text`. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Abbreviations that take an optional trailing dot in addresses (USPS suffixes, unit words, directionals). */
const ADDRESS_DOTTABLE = new Set([
  'st',
  'ave',
  'av',
  'rd',
  'dr',
  'blvd',
  'ln',
  'ct',
  'pl',
  'cir',
  'ter',
  'trl',
  'pkwy',
  'hwy',
  'sq',
  'expy',
  'fwy',
  'aly',
  'anx',
  'byp',
  'cres',
  'crk',
  'cv',
  'frk',
  'hts',
  'jct',
  'lk',
  'mt',
  'mtn',
  'plz',
  'pt',
  'rdg',
  'spg',
  'sta',
  'tpke',
  'vw',
  'vlg',
  'xing',
  'apt',
  'ste',
  'bldg',
  'fl',
  'rm',
  'dept',
  'n',
  's',
  'e',
  'w',
  'ne',
  'nw',
  'se',
  'sw',
]);
const UNIT_WORDS = new Set([
  'apt',
  'apartment',
  'ste',
  'suite',
  'unit',
  '#',
  'bldg',
  'building',
  'fl',
  'floor',
  'rm',
  'room',
]);
/** Company designators written with or without a final dot. */
const COMPANY_DOTTABLE = new Set(['inc', 'co', 'corp', 'ltd', 'bros', 'intl', 'assn', 'mfg']);
/** Company initialisms and their dotted spelling (both ways). */
const COMPANY_INITIALISMS = new Map<string, string>([
  ['llc', 'L.L.C.'],
  ['llp', 'L.L.P.'],
  ['lp', 'L.P.'],
  ['pc', 'P.C.'],
  ['pllc', 'P.L.L.C.'],
  ['l.l.c.', 'LLC'],
  ['l.l.p.', 'LLP'],
  ['l.p.', 'LP'],
  ['p.c.', 'PC'],
  ['p.l.l.c.', 'PLLC'],
]);

/** ASCII letters and the accented Latin letters of names (Côté-Tremblay), not × or ÷. */
const isLetter = (ch: string | undefined): boolean =>
  ch !== undefined &&
  ((ch >= 'a' && ch <= 'z') ||
    (ch >= 'A' && ch <= 'Z') ||
    (ch >= '\u00c0' && ch <= '\u024f' && ch !== '\u00d7' && ch !== '\u00f7'));

const pushCharEdits = (value: string, kind: FieldKind, out: Edit[]): void => {
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === "'" || ch === '\u2019') {
      out.push({ start: i, end: i + 1, text: '' });
      out.push({ start: i, end: i + 1, text: ch === "'" ? '\u2019' : "'" });
    } else if (ch === '-' && isLetter(value[i - 1]) && isLetter(value[i + 1])) {
      out.push({ start: i, end: i + 1, text: ' ' });
      if (kind !== 'address') out.push({ start: i, end: i + 1, text: '' });
    } else if (
      ch === ' ' &&
      (kind === 'first_name' || kind === 'last_name') &&
      isLetter(value[i - 1]) &&
      isLetter(value[i + 1])
    ) {
      out.push({ start: i, end: i + 1, text: '-' });
    } else if (ch === '.' && (kind === 'first_name' || kind === 'last_name')) {
      out.push({ start: i, end: i + 1, text: '' });
    } else if (ch === '&' && kind === 'company' && value[i - 1] === ' ' && value[i + 1] === ' ') {
      out.push({ start: i, end: i + 1, text: 'and' });
    }
  }
  // ONeil → O'Neil (the apostrophe a form dropped, restored)
  if (
    (kind === 'last_name' || kind === 'first_name') &&
    value[0] === 'O' &&
    value[1] >= 'A' &&
    value[1] <= 'Z' &&
    value.length > 3
  ) {
    out.push({ start: 1, end: 1, text: "'" });
  }
};

const pushAddressEdits = (value: string, out: Edit[]): void => {
  const tokens = addressTokens(value);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (ADDRESS_DOTTABLE.has(t.lower)) {
      if (value[t.end] === '.') out.push({ start: t.end, end: t.end + 1, text: '' });
      else out.push({ start: t.end, end: t.end, text: '.' });
    }
    if (i > 1 && UNIT_WORDS.has(t.lower)) {
      const prev = tokens[i - 1];
      if (value[prev.rawEnd - 1] === ',') out.push({ start: prev.rawEnd - 1, end: prev.rawEnd, text: '' });
      else out.push({ start: prev.rawEnd, end: prev.rawEnd, text: ',' });
    }
  }
};

const pushCompanyEdits = (value: string, out: Edit[]): void => {
  const lowerAll = value.toLowerCase();
  const aligned = lowerAll.length === value.length;
  let start = 0;
  let index = 0;
  while (start < value.length) {
    let end = value.indexOf(' ', start);
    if (end < 0) end = value.length;
    if (end > start) {
      const hasComma = value[end - 1] === ',';
      const wordEnd = hasComma ? end - 1 : end;
      const lower = aligned ? lowerAll.slice(start, wordEnd) : value.slice(start, wordEnd).toLowerCase();
      const bare = lower.endsWith('.') ? lower.slice(0, -1) : lower;
      if (index > 0) {
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

let lastValue = '';
let lastKind: FieldKind | '' = '';
let lastEdits: readonly Edit[] = [];

/**
 * Every punctuation change the strategy could make to `value` for a field of `kind`. The last answer
 * is remembered, so `isApplicable` followed by `apply` on the same value scans it once.
 */
export function punctuationEdits(value: string, kind: FieldKind): readonly Edit[] {
  if (value === lastValue && kind === lastKind) return lastEdits;
  const out: Edit[] = [];
  pushCharEdits(value, kind, out);
  if (kind === 'address') pushAddressEdits(value, out);
  else if (kind === 'company') pushCompanyEdits(value, out);
  lastValue = value;
  lastKind = kind;
  lastEdits = out;
  return out;
}

const isNameEditChar = (value: string, i: number): boolean => {
  const c = value.charCodeAt(i);
  if (c === 39 || c === 0x2019 || c === 46) return true; // ' ’ .
  if (c === 45 || c === 32) return isLetter(value[i - 1]) && isLetter(value[i + 1]); // - and space between letters
  return false;
};

/** An apostrophe, or a hyphen between letters: the character edits of an address (see `pushCharEdits`). */
const isAddressEditChar = (value: string, i: number): boolean => {
  const c = value.charCodeAt(i);
  if (c === 39 || c === 0x2019) return true; // ' ’
  return c === 45 && isLetter(value[i - 1]) && isLetter(value[i + 1]);
};

/** True when an address has a punctuation edit: an edit character, else a dottable word or a unit word. */
function hasAddressEdit(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (isAddressEditChar(value, i)) return true;
  const tokens = addressTokens(value);
  for (let i = 1; i < tokens.length; i++) {
    if (ADDRESS_DOTTABLE.has(tokens[i].lower) || (i > 1 && UNIT_WORDS.has(tokens[i].lower))) return true;
  }
  return false;
}

/**
 * True when {@link punctuationEdits} is non-empty; names and addresses are checked with one allocation-free scan
 * (an address's words are the tokens `address_abbreviation` has just looked at).
 */
export function hasPunctuationEdit(value: string, kind: FieldKind): boolean {
  if (kind === 'address') return hasAddressEdit(value);
  if (kind !== 'first_name' && kind !== 'last_name') return punctuationEdits(value, kind).length > 0;
  for (let i = 0; i < value.length; i++) if (isNameEditChar(value, i)) return true;
  return value[0] === 'O' && value[1] >= 'A' && value[1] <= 'Z' && value.length > 3;
}
