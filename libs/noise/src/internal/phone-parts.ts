/** A NANP phone split into its 10-digit national number and an optional extension. */
export interface PhoneParts {
  readonly national: string;
  readonly extension: string;
}

const EXTENSION = /\s*(?:x|ext\.?|extension|#)\s*(\d{1,6})\s*$/i;

/**
 * Splits a formatted NANP phone (`(555) 123-4567 x12`, `+1 555 123 4567`, `5551234567`) into
 * national number and extension; `undefined` when the digits are not 10, or 11 with a leading 1.
 */
export function phoneParts(value: string): PhoneParts | undefined {
  const m = EXTENSION.exec(value);
  const main = m === null ? value : value.slice(0, m.index);
  let digits = '';
  for (let i = 0; i < main.length; i++) {
    const c = main.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += main[i];
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return undefined;
  }
  if (digits.length === 11 && digits[0] === '1') digits = digits.slice(1);
  if (digits.length !== 10) return undefined;
  return { national: digits, extension: m === null ? '' : m[1] };
}

/** The layouts phone_format writes (area, exchange, line). */
export const PHONE_LAYOUTS: readonly ((a: string, b: string, c: string) => string)[] = [
  (a, b, c) => `(${a}) ${b}-${c}`,
  (a, b, c) => `${a}-${b}-${c}`,
  (a, b, c) => `${a}.${b}.${c}`,
  (a, b, c) => `+1 ${a} ${b} ${c}`,
  (a, b, c) => `${a}${b}${c}`,
  (a, b, c) => `1-${a}-${b}-${c}`,
  (a, b, c) => `+1 (${a}) ${b}-${c}`,
  (a, b, c) => `${a} ${b} ${c}`,
  (a, b, c) => `+1${a}${b}${c}`,
];

/** The extension spellings phone_format writes. */
export const EXTENSION_LAYOUTS: readonly ((e: string) => string)[] = [
  (e) => ` x${e}`,
  (e) => ` ext. ${e}`,
  (e) => ` ext ${e}`,
  (e) => ` x ${e}`,
];
