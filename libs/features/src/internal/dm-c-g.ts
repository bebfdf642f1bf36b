import { add, at, ch, type DmState, isVowel } from './dm-state';

// Option lists hoisted to module level: no array allocation per letter.
const _ACH = ['ACH'] as const;
const _BACHER_MACHER = ['BACHER', 'MACHER'] as const;
const _CAESAR = ['CAESAR'] as const;
const _CHIA = ['CHIA'] as const;
const _CH = ['CH'] as const;
const _CZ = ['CZ'] as const;
const _WICZ = ['WICZ'] as const;
const _CIA = ['CIA'] as const;
const _CC = ['CC'] as const;
const _I_E_H = ['I', 'E', 'H'] as const;
const _HU = ['HU'] as const;
const _UCCEE_UCCES = ['UCCEE', 'UCCES'] as const;
const _CK_CG_CQ = ['CK', 'CG', 'CQ'] as const;
const _CI_CE_CY = ['CI', 'CE', 'CY'] as const;
const _CIO_CIE_CIA = ['CIO', 'CIE', 'CIA'] as const;
const _SC_SQ_SG = [' C', ' Q', ' G'] as const;
const _C_K_Q = ['C', 'K', 'Q'] as const;
const _CE_CI = ['CE', 'CI'] as const;
const _CHAE = ['CHAE'] as const;
const _HARAC_HARIS = ['HARAC', 'HARIS'] as const;
const _HOR_HYM_HIA_HEM = ['HOR', 'HYM', 'HIA', 'HEM'] as const;
const _CHORE = ['CHORE'] as const;
const _ORCHES_ARCHIT_ORCHID = ['ORCHES', 'ARCHIT', 'ORCHID'] as const;
const _T_S = ['T', 'S'] as const;
const _A_O_U_E = ['A', 'O', 'U', 'E'] as const;
const _L_R_N_M_B_H_F_V_W_S = ['L', 'R', 'N', 'M', 'B', 'H', 'F', 'V', 'W', ' '] as const;
const _MC = ['MC'] as const;
const _EY = ['EY'] as const;
const _LI = ['LI'] as const;
const _ES_EP_EB_EL_EY_IB_IL_IN_IE_EI_ER = ['ES', 'EP', 'EB', 'EL', 'EY', 'IB', 'IL', 'IN', 'IE', 'EI', 'ER'] as const;
const _ER = ['ER'] as const;
const _DANGER_RANGER_MANGER = ['DANGER', 'RANGER', 'MANGER'] as const;
const _E_I = ['E', 'I'] as const;
const _RGY_OGY = ['RGY', 'OGY'] as const;
const _E_I_Y = ['E', 'I', 'Y'] as const;
const _AGGI_OGGI = ['AGGI', 'OGGI'] as const;
const _ET = ['ET'] as const;
const _IERS = ['IER '] as const;
const _B_H_D = ['B', 'H', 'D'] as const;
const _B_H = ['B', 'H'] as const;
const _C_G_L_R_T = ['C', 'G', 'L', 'R', 'T'] as const;

/** Double Metaphone rules for `C` (Lawrence Philips, 2000). */
export function ruleC(st: DmState): void {
  const i = st.i;
  // Germanic -ACH- as in 'Bacher', 'Macher'.
  if (
    i > 1 &&
    !isVowel(st, i - 2) &&
    at(st, i - 1, _ACH) &&
    ch(st, i + 2) !== 'I' &&
    (ch(st, i + 2) !== 'E' || at(st, i - 2, _BACHER_MACHER))
  ) {
    add(st, 'K');
    st.i += 2;
    return;
  }
  if (i === 0 && at(st, i, _CAESAR)) {
    add(st, 'S');
    st.i += 2;
    return;
  }
  if (at(st, i, _CHIA)) {
    add(st, 'K');
    st.i += 2;
    return;
  }
  if (at(st, i, _CH)) {
    ruleCh(st, i);
    st.i += 2;
    return;
  }
  if (at(st, i, _CZ) && !at(st, i - 2, _WICZ)) {
    add(st, 'S', 'X');
    st.i += 2;
    return;
  }
  if (at(st, i + 1, _CIA)) {
    add(st, 'X');
    st.i += 3;
    return;
  }
  if (at(st, i, _CC) && !(i === 1 && ch(st, 0) === 'M')) {
    if (at(st, i + 2, _I_E_H) && !at(st, i + 2, _HU)) {
      if ((i === 1 && ch(st, i - 1) === 'A') || at(st, i - 1, _UCCEE_UCCES)) add(st, 'KS');
      else add(st, 'X');
      st.i += 3;
    } else {
      add(st, 'K');
      st.i += 2;
    }
    return;
  }
  if (at(st, i, _CK_CG_CQ)) {
    add(st, 'K');
    st.i += 2;
    return;
  }
  if (at(st, i, _CI_CE_CY)) {
    if (at(st, i, _CIO_CIE_CIA)) add(st, 'S', 'X');
    else add(st, 'S');
    st.i += 2;
    return;
  }
  add(st, 'K');
  if (at(st, i + 1, _SC_SQ_SG)) st.i += 3;
  else if (at(st, i + 1, _C_K_Q) && !at(st, i + 1, _CE_CI)) st.i += 2;
  else st.i += 1;
}

function ruleCh(st: DmState, i: number): void {
  if (i > 0 && at(st, i, _CHAE)) return add(st, 'K', 'X'); // 'Michael'
  if (i === 0 && (at(st, i + 1, _HARAC_HARIS) || at(st, i + 1, _HOR_HYM_HIA_HEM)) && !at(st, 0, _CHORE)) {
    return add(st, 'K'); // Greek roots: 'chemistry', 'chorus'
  }
  if (
    st.germanic ||
    at(st, i - 2, _ORCHES_ARCHIT_ORCHID) ||
    at(st, i + 2, _T_S) ||
    ((at(st, i - 1, _A_O_U_E) || i === 0) && at(st, i + 2, _L_R_N_M_B_H_F_V_W_S))
  ) {
    return add(st, 'K');
  }
  if (i === 0) return add(st, 'X');
  if (at(st, 0, _MC)) return add(st, 'K'); // 'McHugh'
  add(st, 'X', 'K');
}

/** Double Metaphone rules for `G`. */
export function ruleG(st: DmState): void {
  const i = st.i;
  const next = ch(st, i + 1);
  if (next === 'H') return ruleGh(st, i);
  if (next === 'N') {
    if (i === 1 && isVowel(st, 0) && !st.slavoGermanic) add(st, 'KN', 'N');
    else if (!at(st, i + 2, _EY) && !st.slavoGermanic) add(st, 'N', 'KN');
    else add(st, 'KN');
    st.i += 2;
    return;
  }
  if (at(st, i + 1, _LI) && !st.slavoGermanic) {
    add(st, 'KL', 'L'); // 'Tagliaro'
    st.i += 2;
    return;
  }
  if (i === 0 && (next === 'Y' || at(st, i + 1, _ES_EP_EB_EL_EY_IB_IL_IN_IE_EI_ER))) {
    add(st, 'K', 'J');
    st.i += 2;
    return;
  }
  if (
    (at(st, i + 1, _ER) || next === 'Y') &&
    !at(st, 0, _DANGER_RANGER_MANGER) &&
    !at(st, i - 1, _E_I) &&
    !at(st, i - 1, _RGY_OGY)
  ) {
    add(st, 'K', 'J');
    st.i += 2;
    return;
  }
  if (at(st, i + 1, _E_I_Y) || at(st, i - 1, _AGGI_OGGI)) {
    if (st.germanic || at(st, i + 1, _ET)) add(st, 'K');
    else if (at(st, i + 1, _IERS)) add(st, 'J');
    else add(st, 'J', 'K');
    st.i += 2;
    return;
  }
  st.i += next === 'G' ? 2 : 1;
  add(st, 'K');
}

function ruleGh(st: DmState, i: number): void {
  st.i += 2;
  if (i > 0 && !isVowel(st, i - 1)) return add(st, 'K');
  if (i === 0) return add(st, ch(st, i + 2) === 'I' ? 'J' : 'K'); // 'Ghislane', 'Ghiradelli'
  // Parker's rule: 'Hugh', 'bough', 'Broughton' are silent.
  if ((i > 1 && at(st, i - 2, _B_H_D)) || (i > 2 && at(st, i - 3, _B_H_D)) || (i > 3 && at(st, i - 4, _B_H))) {
    return;
  }
  if (i > 2 && ch(st, i - 1) === 'U' && at(st, i - 3, _C_G_L_R_T))
    add(st, 'F'); // 'laugh'
  else if (ch(st, i - 1) !== 'I') add(st, 'K');
}
