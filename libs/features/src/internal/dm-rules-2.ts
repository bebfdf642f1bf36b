import { add, at, ch, type DmState, isVowel } from './dm-state';

// Option lists hoisted to module level: no array allocation per letter.
const _DG = ['DG'] as const;
const _I_E_Y = ['I', 'E', 'Y'] as const;
const _DT_DD = ['DT', 'DD'] as const;
const _P_B = ['P', 'B'] as const;
const _TION = ['TION'] as const;
const _TIA_TCH = ['TIA', 'TCH'] as const;
const _TH = ['TH'] as const;
const _TTH = ['TTH'] as const;
const _OM_AM = ['OM', 'AM'] as const;
const _T_D = ['T', 'D'] as const;
const _WR = ['WR'] as const;
const _WH = ['WH'] as const;
const _EWSKI_EWSKY_OWSKI_OWSKY = ['EWSKI', 'EWSKY', 'OWSKI', 'OWSKY'] as const;
const _SCH = ['SCH'] as const;
const _WICZ_WITZ = ['WICZ', 'WITZ'] as const;
const _IAU_EAU = ['IAU', 'EAU'] as const;
const _AU_OU = ['AU', 'OU'] as const;
const _C_X = ['C', 'X'] as const;
const _ZO_ZI_ZA = ['ZO', 'ZI', 'ZA'] as const;

/** Double Metaphone rules for D, P, T, W, X, Z (Lawrence Philips, 2000). */
export function ruleD(st: DmState): void {
  const i = st.i;
  if (at(st, i, _DG)) {
    if (at(st, i + 2, _I_E_Y)) {
      add(st, 'J'); // 'edge'
      st.i += 3;
    } else {
      add(st, 'TK'); // 'Edgar'
      st.i += 2;
    }
    return;
  }
  add(st, 'T');
  st.i += at(st, i, _DT_DD) ? 2 : 1;
}

export function ruleP(st: DmState): void {
  const i = st.i;
  if (ch(st, i + 1) === 'H') {
    add(st, 'F');
    st.i += 2;
    return;
  }
  st.i += at(st, i + 1, _P_B) ? 2 : 1; // 'campbell', 'raspberry'
  add(st, 'P');
}

export function ruleT(st: DmState): void {
  const i = st.i;
  if (at(st, i, _TION) || at(st, i, _TIA_TCH)) {
    add(st, 'X');
    st.i += 3;
    return;
  }
  if (at(st, i, _TH) || at(st, i, _TTH)) {
    // 'Thomas', 'Thames' or Germanic.
    if (at(st, i + 2, _OM_AM) || st.germanic) add(st, 'T');
    else add(st, '0', 'T');
    st.i += 2;
    return;
  }
  st.i += at(st, i + 1, _T_D) ? 2 : 1;
  add(st, 'T');
}

export function ruleW(st: DmState): void {
  const i = st.i;
  if (at(st, i, _WR)) {
    add(st, 'R');
    st.i += 2;
    return;
  }
  if (i === 0 && (isVowel(st, i + 1) || at(st, i, _WH))) {
    if (isVowel(st, i + 1))
      add(st, 'A', 'F'); // 'Wasserman' / 'Vasserman'
    else add(st, 'A'); // 'Uomo' / 'Womo'
  }
  // 'Arnow' / 'Arnoff'.
  if ((i === st.last && isVowel(st, i - 1)) || at(st, i - 1, _EWSKI_EWSKY_OWSKI_OWSKY) || at(st, 0, _SCH)) {
    add(st, '', 'F');
    st.i += 1;
    return;
  }
  if (at(st, i, _WICZ_WITZ)) {
    add(st, 'TS', 'FX'); // Polish 'Filipowicz'
    st.i += 4;
    return;
  }
  st.i += 1;
}

export function ruleX(st: DmState): void {
  const i = st.i;
  // French 'breaux': final X silent.
  if (!(i === st.last && (at(st, i - 3, _IAU_EAU) || at(st, i - 2, _AU_OU)))) add(st, 'KS');
  st.i += at(st, i + 1, _C_X) ? 2 : 1;
}

export function ruleZ(st: DmState): void {
  const i = st.i;
  if (ch(st, i + 1) === 'H') {
    add(st, 'J'); // Chinese pinyin 'Zhao'
    st.i += 2;
    return;
  }
  if (at(st, i + 1, _ZO_ZI_ZA) || (st.slavoGermanic && i > 0 && ch(st, i - 1) !== 'T')) add(st, 'S', 'TS');
  else add(st, 'S');
  st.i += ch(st, i + 1) === 'Z' ? 2 : 1;
}
