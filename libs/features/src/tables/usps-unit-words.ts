/**
 * USPS secondary unit designators (Publication 28, Appendix C2), Title Case: word → abbreviation,
 * e.g. `Apartment → Apt`, `Suite → Ste`, `Unit → Unit`, and `#` (used when the designator is unknown).
 *
 * @example
 * USPS_UNIT_WORDS.Apartment; // 'Apt'
 */
export const USPS_UNIT_WORDS: Readonly<Record<string, string>> = Object.freeze({
  Apartment: 'Apt',
  Basement: 'Bsmt',
  Building: 'Bldg',
  Department: 'Dept',
  Floor: 'Fl',
  Front: 'Frnt',
  Hangar: 'Hngr',
  Lobby: 'Lbby',
  Lot: 'Lot',
  Lower: 'Lowr',
  Office: 'Ofc',
  Penthouse: 'Ph',
  Pier: 'Pier',
  Rear: 'Rear',
  Room: 'Rm',
  Side: 'Side',
  Slip: 'Slip',
  Space: 'Spc',
  Stop: 'Stop',
  Suite: 'Ste',
  Trailer: 'Trlr',
  Unit: 'Unit',
  Upper: 'Uppr',
  '#': '#',
});
