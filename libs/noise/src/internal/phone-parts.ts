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
