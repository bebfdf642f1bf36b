import { DIRECTIONALS, USPS_STREET_SUFFIXES, USPS_UNIT_WORDS } from '@synth/features';

type Alternatives = ReadonlyMap<string, readonly string[]>;

/** Adds `a ↔ b` (lower-case keys, spellings as given) unless `a` already has alternatives. */
const link = (map: Map<string, string[]>, a: string, b: string): void => {
  if (a.toLowerCase() === b.toLowerCase()) return;
  const list = map.get(a.toLowerCase()) ?? [];
  if (!list.includes(b)) list.push(b);
  map.set(a.toLowerCase(), list);
};

/**
 * Street suffix ↔ USPS abbreviation (Street ↔ St). Plurals abbreviated as their singular (Parks → Park) are left
 * out.
 */
export const SUFFIX_ALTERNATIVES: Alternatives = (() => {
  const map = new Map<string, string[]>();
  for (const [full, abbr] of Object.entries(USPS_STREET_SUFFIXES)) {
    if (full.toLowerCase() === `${abbr.toLowerCase()}s`) continue;
    link(map, full, abbr);
    if (!map.has(abbr.toLowerCase())) link(map, abbr, full);
  }
  return map;
})();

/** Directional ↔ abbreviation (North ↔ N, Northwest ↔ NW). */
export const DIRECTIONAL_ALTERNATIVES: Alternatives = (() => {
  const map = new Map<string, string[]>();
  for (const [full, abbr] of Object.entries(DIRECTIONALS)) {
    link(map, full, abbr);
    link(map, abbr, full);
  }
  return map;
})();

/** USPS unit words that are written both ways in real data and do not double as street words (Front, Rear…). */
const OTHER_UNIT_WORDS = new Set([
  'Building',
  'Floor',
  'Department',
  'Trailer',
  'Space',
  'Penthouse',
  'Basement',
  'Office',
]);

/**
 * Unit designators and the spellings people use for them: Apartment/Apt/#/Unit, Suite/Ste/#,
 * and the USPS word ↔ abbreviation pairs (Floor ↔ Fl, Building ↔ Bldg, …). All the generic ones
 * normalise to `#` in `normalizeAddress`, so they stay matchable.
 */
export const UNIT_ALTERNATIVES: Alternatives = (() => {
  const map = new Map<string, string[]>();
  const groups = [
    ['Apartment', 'Apt', '#', 'Unit'],
    ['Apt', 'Apartment', '#', 'Unit'],
    ['Unit', 'Apt', '#'],
    ['Suite', 'Ste', '#'],
    ['Ste', 'Suite', '#'],
    ['#', 'Apt', 'Unit', 'Ste'],
    ['Room', 'Rm'],
    ['Rm', 'Room'],
  ];
  for (const [word, ...alts] of groups) for (const alt of alts) link(map, word, alt);
  for (const [full, abbr] of Object.entries(USPS_UNIT_WORDS)) {
    if (map.has(full.toLowerCase()) || !OTHER_UNIT_WORDS.has(full)) continue;
    link(map, full, abbr);
    link(map, abbr, full);
  }
  return map;
})();

const ORDINAL_WORDS = [
  'First',
  'Second',
  'Third',
  'Fourth',
  'Fifth',
  'Sixth',
  'Seventh',
  'Eighth',
  'Ninth',
  'Tenth',
  'Eleventh',
  'Twelfth',
  'Thirteenth',
  'Fourteenth',
  'Fifteenth',
  'Sixteenth',
  'Seventeenth',
  'Eighteenth',
  'Nineteenth',
  'Twentieth',
];
const ordinalSuffix = (n: number): string =>
  n >= 11 && n <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';

/** Ordinal street names ↔ numerals (Fifth ↔ 5th), as `normalizeAddress` equates them. */
export const ORDINAL_ALTERNATIVES: Alternatives = (() => {
  const map = new Map<string, string[]>();
  ORDINAL_WORDS.forEach((word, i) => {
    const numeral = `${i + 1}${ordinalSuffix(i + 1)}`;
    link(map, word, numeral);
    link(map, numeral, word);
  });
  return map;
})();
