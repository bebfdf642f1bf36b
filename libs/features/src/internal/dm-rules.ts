import { add, at, ch, type DmState, isVowel } from './dm-state';

// Option lists hoisted to module level: no array allocation per letter.
const _JOSE = ['JOSE'] as const;
const _SANS = ['SAN '] as const;
const _L_T_K_S_N_M_B_Z = ['L', 'T', 'K', 'S', 'N', 'M', 'B', 'Z'] as const;
const _S_K_L = ['S', 'K', 'L'] as const;
const _ILLO_ILLA_ALLE = ['ILLO', 'ILLA', 'ALLE'] as const;
const _AS_OS = ['AS', 'OS'] as const;
const _A_O = ['A', 'O'] as const;
const _ALLE = ['ALLE'] as const;
const _UMB = ['UMB'] as const;
const _ER = ['ER'] as const;
const _IE = ['IE'] as const;
const _ME_MA = ['ME', 'MA'] as const;
const _ISL_YSL = ['ISL', 'YSL'] as const;
const _SUGAR = ['SUGAR'] as const;
const _SH = ['SH'] as const;
const _HEIM_HOEK_HOLM_HOLZ = ['HEIM', 'HOEK', 'HOLM', 'HOLZ'] as const;
const _SIO_SIA = ['SIO', 'SIA'] as const;
const _SIAN = ['SIAN'] as const;
const _M_N_L_W = ['M', 'N', 'L', 'W'] as const;
const _Z = ['Z'] as const;
const _SC = ['SC'] as const;
const _AI_OI = ['AI', 'OI'] as const;
const _S_Z = ['S', 'Z'] as const;
const _OO_ER_EN_UY_ED_EM = ['OO', 'ER', 'EN', 'UY', 'ED', 'EM'] as const;
const _ER_EN = ['ER', 'EN'] as const;
const _I_E_Y = ['I', 'E', 'Y'] as const;

/** Double Metaphone rules for J, L, M, R, S (Lawrence Philips, 2000). */
export function ruleJ(st: DmState): void {
  const i = st.i;
  if (at(st, i, _JOSE) || at(st, 0, _SANS)) {
    if ((i === 0 && ch(st, i + 4) === ' ') || at(st, 0, _SANS)) add(st, 'H');
    else add(st, 'J', 'H');
    st.i += 1;
    return;
  }
  const next = ch(st, i + 1);
  if (i === 0)
    add(st, 'J', 'A'); // 'Jankelowicz' / 'Yankelovich'
  else if (isVowel(st, i - 1) && !st.slavoGermanic && (next === 'A' || next === 'O')) add(st, 'J', 'H');
  else if (i === st.last) add(st, 'J', '');
  else if (!at(st, i + 1, _L_T_K_S_N_M_B_Z) && !at(st, i - 1, _S_K_L)) add(st, 'J');
  st.i += next === 'J' ? 2 : 1;
}

export function ruleL(st: DmState): void {
  const i = st.i;
  if (ch(st, i + 1) === 'L') {
    // Spanish 'cabrillo', 'gallegos': the LL is a Y sound, kept only in the primary key.
    if (
      (i === st.length - 3 && at(st, i - 1, _ILLO_ILLA_ALLE)) ||
      ((at(st, st.last - 1, _AS_OS) || at(st, st.last, _A_O)) && at(st, i - 1, _ALLE))
    ) {
      add(st, 'L', '');
      st.i += 2;
      return;
    }
    st.i += 2;
  } else st.i += 1;
  add(st, 'L');
}

export function ruleM(st: DmState): void {
  const i = st.i;
  if ((at(st, i - 1, _UMB) && (i + 1 === st.last || at(st, i + 2, _ER))) || ch(st, i + 1) === 'M') st.i += 2;
  else st.i += 1;
  add(st, 'M');
}

export function ruleR(st: DmState): void {
  const i = st.i;
  // French 'Rogier' (but not 'Hochmeier'): R only in the secondary key.
  if (i === st.last && !st.slavoGermanic && at(st, i - 2, _IE) && !at(st, i - 4, _ME_MA)) add(st, '', 'R');
  else add(st, 'R');
  st.i += ch(st, i + 1) === 'R' ? 2 : 1;
}

export function ruleS(st: DmState): void {
  const i = st.i;
  if (at(st, i - 1, _ISL_YSL)) {
    st.i += 1; // 'island', 'carlisle'
    return;
  }
  if (i === 0 && at(st, i, _SUGAR)) {
    add(st, 'X', 'S');
    st.i += 1;
    return;
  }
  if (at(st, i, _SH)) {
    add(st, at(st, i + 1, _HEIM_HOEK_HOLM_HOLZ) ? 'S' : 'X');
    st.i += 2;
    return;
  }
  if (at(st, i, _SIO_SIA) || at(st, i, _SIAN)) {
    if (st.slavoGermanic) add(st, 'S');
    else add(st, 'S', 'X');
    st.i += 3;
    return;
  }
  if ((i === 0 && at(st, i + 1, _M_N_L_W)) || at(st, i + 1, _Z)) {
    add(st, 'S', 'X'); // 'Smith' vs 'Schmidt', 'snider' vs 'Schneider'
    st.i += at(st, i + 1, _Z) ? 2 : 1;
    return;
  }
  if (at(st, i, _SC)) return ruleSc(st, i);
  if (i === st.last && at(st, i - 2, _AI_OI))
    add(st, '', 'S'); // French 'resnais', 'artois'
  else add(st, 'S');
  st.i += at(st, i + 1, _S_Z) ? 2 : 1;
}

function ruleSc(st: DmState, i: number): void {
  st.i += 3;
  if (ch(st, i + 2) === 'H') {
    if (at(st, i + 3, _OO_ER_EN_UY_ED_EM)) {
      // Dutch 'school', 'schooner'; 'schermerhorn', 'schenker'.
      if (at(st, i + 3, _ER_EN)) add(st, 'X', 'SK');
      else add(st, 'SK');
    } else if (i === 0 && !isVowel(st, 3) && ch(st, 3) !== 'W') add(st, 'X', 'S');
    else add(st, 'X');
    return;
  }
  if (at(st, i + 2, _I_E_Y)) add(st, 'S');
  else add(st, 'SK');
}
