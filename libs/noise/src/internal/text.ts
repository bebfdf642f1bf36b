/** Small string helpers shared by the strategies (no regex compiled per call). */

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;

/** True when the string has at least one character with distinct upper and lower case. */
export function hasCasedLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isUpper(c) || isLower(c)) return true;
    if (c > 127 && s[i].toLowerCase() !== s[i].toUpperCase()) return true;
  }
  return false;
}

/** Capitalises the first letter of each word (after start, space, hyphen, dot or slash); lowercases the rest. */
export function toTitle(s: string): string {
  let out = '';
  let start = true;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    out += start ? ch.toUpperCase() : ch.toLowerCase();
    start = ch === ' ' || ch === '-' || ch === '.' || ch === '/' || ch === '\t';
  }
  return out;
}

/** The case style of a word: all upper, all lower, or anything else (treated as Title). */
export type CaseStyle = 'upper' | 'lower' | 'title';

export function caseStyleOf(s: string): CaseStyle {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isUpper(c)) upper++;
    else if (isLower(c)) lower++;
  }
  if (upper > 0 && lower === 0 && (upper > 1 || s.length === 1)) return 'upper';
  if (lower > 0 && upper === 0) return 'lower';
  return 'title';
}

/** Writes `word` in the case style of `template` (`ST` → `STREET`, `st` → `street`, `St` → `Street`). */
export function inCaseOf(word: string, template: string): string {
  const style = caseStyleOf(template);
  if (style === 'upper') return word.toUpperCase();
  if (style === 'lower') return word.toLowerCase();
  return toTitle(word);
}
