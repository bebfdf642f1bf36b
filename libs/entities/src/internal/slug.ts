const DIACRITICS = /[\u0300-\u036f]/g;
const NON_ASCII = /[\u0080-\uffff]/;
const NOT_LETTER = /[^a-z]/g;

/** Lower-case letters only, accents dropped: `O'Neil-Smith` → `oneilsmith`, `Côté` → `cote`. */
export function slug(s: string): string {
  // Most names are ASCII letters only: their slug is their lower case, without running the expressions.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) return slugOfAny(s);
  }
  return s.toLowerCase();
}

/** Slugs of the names that take the expressions (accents, apostrophes, hyphens), memoised. */
const slugsOfAny = new Map<string, string>();
/** Bound of `slugsOfAny` (emptied when full): the names come from finite tables, companies vary more. */
const MAX_SLUGS = 1 << 15;

function slugOfAny(s: string): string {
  let out = slugsOfAny.get(s);
  if (out === undefined) {
    out = (NON_ASCII.test(s) ? s.normalize('NFD').replace(DIACRITICS, '') : s).toLowerCase().replace(NOT_LETTER, '');
    if (slugsOfAny.size >= MAX_SLUGS) slugsOfAny.clear();
    slugsOfAny.set(s, out);
  }
  return out;
}
