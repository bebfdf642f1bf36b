import { DIRECTIONALS } from '../tables/directionals';
import { SUFFIX_VARIANTS, USPS_STREET_SUFFIXES } from '../tables/usps-street-suffixes';
import { USPS_UNIT_WORDS } from '../tables/usps-unit-words';

/** Unit designators that all mean "the unit number follows"; collapsed to `#` so Apt 4 = Ste 4 = #4. */
const GENERIC_UNITS = ['apartment', 'apt', 'suite', 'ste', 'unit', '#', 'room', 'rm', 'no'];

const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];

function ordinalSuffix(n: number): string {
  if (n >= 11 && n <= 13) return 'th';
  return n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
}

function build(): Map<string, string> {
  const map = new Map<string, string>();
  const put = (k: string, v: string): void => {
    if (!map.has(k)) map.set(k, v);
  };
  for (const w of GENERIC_UNITS) put(w, '#');
  for (const [full, abbr] of Object.entries(DIRECTIONALS)) put(full.toLowerCase(), abbr.toLowerCase());
  ORDINALS.forEach((w, i) => put(w, `${i + 1}${ordinalSuffix(i + 1)}`));
  for (const [full, abbr] of Object.entries(USPS_STREET_SUFFIXES)) put(full.toLowerCase(), abbr.toLowerCase());
  for (const [variant, abbr] of Object.entries(SUFFIX_VARIANTS)) put(variant, abbr);
  for (const [full, abbr] of Object.entries(USPS_UNIT_WORDS)) put(full.toLowerCase(), abbr.toLowerCase());
  // Abbreviations map to themselves unless they are themselves a full word with another meaning.
  for (const v of [...map.values()]) if (map.get(v) !== undefined && map.get(v) !== v) map.delete(v);
  return map;
}

/** Lower-case address word → its normalised form (USPS abbreviation, `#`, `1st`…), built once at load. */
export const ADDRESS_WORDS: ReadonlyMap<string, string> = build();

/** Bit index of a token of the {@link ADDRESS_WORDS} filter: its length (up to 15), first and last code unit. */
function filterIndex(t: string): number {
  const n = t.length;
  return ((n > 15 ? 15 : n) << 12) | ((t.charCodeAt(0) & 63) << 6) | (t.charCodeAt(n - 1) & 63);
}

/** One bit per filter index, set for every word of the table: a token whose bit is clear is not a table word. */
const MAYBE_WORD = new Uint8Array(1 << 13);
for (const word of ADDRESS_WORDS.keys()) {
  const i = filterIndex(word);
  MAYBE_WORD[i >> 3] |= 1 << (i & 7);
}

/**
 * The normalised form of a lower-case address token: its {@link ADDRESS_WORDS} entry, else the token itself.
 * Most tokens (street names) are not table words and most are told so by a bit of a small filter, without
 * hashing the token for a lookup.
 */
export function addressWord(token: string): string {
  const i = filterIndex(token);
  if ((MAYBE_WORD[i >> 3] & (1 << (i & 7))) === 0) return token;
  return ADDRESS_WORDS.get(token) ?? token;
}
