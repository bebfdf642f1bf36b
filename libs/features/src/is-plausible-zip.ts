const US = /^\d{5}(-\d{4})?$/;
// Canadian: no D, F, I, O, Q, U anywhere; W and Z not in first position.
const CA = /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/i;

/**
 * True for a plausible postal code of the country (surrounding whitespace ignored):
 * US `12345` or `12345-6789`; Canada `A1A 1A1` or `A1A1A1` (either case, valid letters only).
 *
 * @example
 * isPlausibleZip('02134', 'US'); // true
 * isPlausibleZip('K1A 0B1', 'CA'); // true
 */
export function isPlausibleZip(s: string, country: 'US' | 'CA'): boolean {
  const t = s.trim();
  return country === 'US' ? US.test(t) : country === 'CA' ? CA.test(t) : false;
}
