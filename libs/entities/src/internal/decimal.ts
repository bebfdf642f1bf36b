/** Integers below this have their decimal text memoised (house numbers run to 29,999). */
const MEMO_SIZE = 1 << 15;
/** Decimal texts by value, `''` until first asked for. */
const texts: string[] = new Array<string>(MEMO_SIZE).fill('');

/**
 * `String(n)`; the text of an integer in 0 … 32767 (house numbers, email digits, model years) is made once and
 * shared, instead of a number-to-string conversion per use.
 *
 * @example
 * decimal(1984); // '1984'
 */
export function decimal(n: number): string {
  if (!(n >= 0 && n < MEMO_SIZE && n === Math.floor(n))) return String(n);
  return texts[n] || (texts[n] = String(n));
}
