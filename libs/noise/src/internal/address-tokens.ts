/** A word of an address line. */
export interface AddressToken {
  readonly start: number;
  /** End of the word without trailing `.` and `,`. */
  readonly end: number;
  /** End including any trailing `.` and `,`. */
  readonly rawEnd: number;
  /** The word without trailing `.`/`,`, lower case. */
  readonly lower: string;
}

let lastValue = '';
let lastTokens: readonly AddressToken[] = [];

const tokenize = (s: string): AddressToken[] => {
  const out: AddressToken[] = [];
  const lowerAll = s.toLowerCase();
  const aligned = lowerAll.length === s.length;
  let i = 0;
  while (i < s.length) {
    while (i < s.length && s.charCodeAt(i) === 32) i++;
    const start = i;
    while (i < s.length && s.charCodeAt(i) !== 32) i++;
    let end = i;
    while (end > start && (s[end - 1] === ',' || s[end - 1] === '.')) end--;
    if (end > start) {
      out.push({
        start,
        end,
        rawEnd: i,
        lower: aligned ? lowerAll.slice(start, end) : s.slice(start, end).toLowerCase(),
      });
    }
  }
  return out;
};

/**
 * The space-separated words of an address line. The last answer is remembered, so the strategies
 * that look at the same address (abbreviation, punctuation) split it once.
 */
export function addressTokens(s: string): readonly AddressToken[] {
  if (s !== lastValue) {
    lastTokens = tokenize(s);
    lastValue = s;
  }
  return lastTokens;
}
