import type { Rng } from '@synth/random';
import { inCaseOf } from './text';

/** Words written several ways in city names (both directions), e.g. Saint ↔ St. ↔ St. */
const GROUPS: readonly (readonly string[])[] = [
  ['Saint', 'St.', 'St'],
  ['Sainte', 'Ste.', 'Ste'],
  ['Fort', 'Ft.', 'Ft'],
  ['Mount', 'Mt.', 'Mt'],
  ['Heights', 'Hts'],
  ['Springs', 'Spgs'],
  ['Township', 'Twp'],
  ['Junction', 'Jct'],
  ['Center', 'Ctr'],
  ['North', 'N'],
  ['South', 'S'],
  ['East', 'E'],
  ['West', 'W'],
];

const WORD_VARIANTS: ReadonlyMap<string, readonly string[]> = new Map(
  GROUPS.flatMap((g) => g.map((w) => [w.toLowerCase(), g.filter((x) => x !== w)] as const)),
);
/** Whole-name variants (both directions). */
const CITY_VARIANTS: ReadonlyMap<string, string> = new Map([
  ['new york', 'New York City'],
  ['new york city', 'New York'],
]);
const DIACRITICS = /[\u0300-\u036f]/g;

/** A token of a city name: [start, end) in the string. */
const tokens = (s: string): [number, number][] => {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i === s.length || s[i] === ' ' || s[i] === '-') {
      if (i > start) out.push([start, i]);
      start = i + 1;
    }
  }
  return out;
};

const hasNonAscii = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return true;
  return false;
};

const stripDiacritics = (s: string): string => s.normalize('NFD').replace(DIACRITICS, '').normalize('NFC');

/** True when {@link cityVariants} is non-empty, without building the variants. */
export function hasCityVariant(city: string): boolean {
  if (hasNonAscii(city) && stripDiacritics(city) !== city) return true;
  const lower = city.toLowerCase();
  if (CITY_VARIANTS.has(lower)) return true;
  let start = 0;
  for (let i = 0; i <= lower.length; i++) {
    if (i === lower.length || lower[i] === ' ' || lower[i] === '-') {
      if (i > start && !(start === 0 && i === lower.length) && WORD_VARIANTS.has(lower.slice(start, i))) return true;
      start = i + 1;
    }
  }
  return false;
}

/** Every different spelling of `city` this module knows (may be empty). */
export function cityVariants(city: string): string[] {
  const out: string[] = [];
  const whole = CITY_VARIANTS.get(city.toLowerCase());
  if (whole !== undefined) out.push(inCaseOf(whole, city));
  if (hasNonAscii(city)) {
    const plain = stripDiacritics(city);
    if (plain !== city) out.push(plain);
  }
  for (const [start, end] of tokens(city)) {
    const word = city.slice(start, end);
    const alternatives = WORD_VARIANTS.get(word.toLowerCase());
    if (alternatives === undefined || (start === 0 && end === city.length)) continue;
    for (const alt of alternatives) out.push(city.slice(0, start) + inCaseOf(alt, word) + city.slice(end));
  }
  return out;
}

/** One spelling variant of `city`, or `city` itself when none is known. */
export function cityVariant(city: string, rng: Rng): string {
  const all = cityVariants(city);
  return all.length === 0 ? city : rng.pick(all);
}
