/**
 * Street directionals (USPS Publication 28, Appendix B), Title Case word → abbreviation.
 *
 * @example
 * DIRECTIONALS.Northwest; // 'NW'
 */
export const DIRECTIONALS: Readonly<Record<string, string>> = Object.freeze({
  North: 'N',
  South: 'S',
  East: 'E',
  West: 'W',
  Northeast: 'NE',
  Northwest: 'NW',
  Southeast: 'SE',
  Southwest: 'SW',
});
