import { ruleC, ruleG } from './internal/dm-c-g';
import { ruleJ, ruleL, ruleM, ruleR, ruleS } from './internal/dm-rules';
import { ruleD, ruleP, ruleT, ruleW, ruleX, ruleZ } from './internal/dm-rules-2';
import { add, at, ch, createState, type DmState, isVowel } from './internal/dm-state';

// Option lists hoisted to module level: no array allocation per letter.
const _GN_KN_PN_WR_PS = ['GN', 'KN', 'PN', 'WR', 'PS'] as const;

const SIMPLE: Record<string, [code: string, double: string]> = {
  B: ['P', 'B'],
  F: ['F', 'F'],
  K: ['K', 'K'],
  N: ['N', 'N'],
  Q: ['K', 'Q'],
  V: ['F', 'V'],
  Ç: ['S', ''],
  Ñ: ['N', ''],
};
const RULES: Record<string, (st: DmState) => void> = {
  C: ruleC,
  D: ruleD,
  G: ruleG,
  J: ruleJ,
  L: ruleL,
  M: ruleM,
  P: ruleP,
  R: ruleR,
  S: ruleS,
  T: ruleT,
  W: ruleW,
  X: ruleX,
  Z: ruleZ,
};
const MAX = 4;
const COMBINING = /[\u0300-\u036f]/g;

/**
 * Double Metaphone (Lawrence Philips, 2000) → `[primary, secondary]`, each at most 4 characters
 * as in the original and Apache Commons Codec. Case-insensitive; accents are folded (Ç → S, Ñ → N);
 * characters that are not letters are skipped. `''` → `['', '']`.
 *
 * @example
 * doubleMetaphone('Smith'); // ['SM0', 'XMT']
 * doubleMetaphone('Schmidt'); // ['XMT', 'SMT']
 */
export function doubleMetaphone(word: string): [primary: string, secondary: string] {
  const st = createState(prepare(word));
  if (at(st, 0, _GN_KN_PN_WR_PS)) st.i = 1;
  if (ch(st, 0) === 'X') {
    add(st, 'S'); // 'Xavier'
    st.i = 1;
  }
  while (st.i < st.length && (st.primary.length < MAX || st.secondary.length < MAX)) {
    const c = st.w[st.i];
    const rule = RULES[c];
    if (rule !== undefined) {
      rule(st);
      continue;
    }
    if (c === 'H') {
      // Kept only when first or between vowels, and before a vowel.
      if ((st.i === 0 || isVowel(st, st.i - 1)) && isVowel(st, st.i + 1)) {
        add(st, 'H');
        st.i += 2;
      } else st.i += 1;
      continue;
    }
    const simple = SIMPLE[c];
    if (simple !== undefined) {
      add(st, simple[0]);
      st.i += st.w[st.i + 1] === simple[1] ? 2 : 1;
      continue;
    }
    if (st.i === 0 && isVowel(st, 0)) add(st, 'A');
    st.i += 1;
  }
  return [st.primary.slice(0, MAX), st.secondary.slice(0, MAX)];
}

/** Upper case, accents folded except Ç and Ñ (which have their own rules). */
function prepare(word: string): string {
  const upper = word.toUpperCase();
  let ascii = true;
  for (let i = 0; i < upper.length && ascii; i++) ascii = upper.charCodeAt(i) < 128;
  if (ascii) return upper;
  let out = '';
  for (const c of upper) {
    out += c === 'Ç' || c === 'Ñ' || c.charCodeAt(0) < 128 ? c : c.normalize('NFD').replace(COMBINING, '');
  }
  return out;
}
