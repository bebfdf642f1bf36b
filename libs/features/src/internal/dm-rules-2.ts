import { add, at, ch, type DmState, isVowel } from './dm-state';

/** Double Metaphone rules for D, P, T, W, X, Z (Lawrence Philips, 2000). */
export function ruleD(st: DmState): void {
  const i = st.i;
  if (at(st, i, ['DG'])) {
    if (at(st, i + 2, ['I', 'E', 'Y'])) {
      add(st, 'J'); // 'edge'
      st.i += 3;
    } else {
      add(st, 'TK'); // 'Edgar'
      st.i += 2;
    }
    return;
  }
  add(st, 'T');
  st.i += at(st, i, ['DT', 'DD']) ? 2 : 1;
}

export function ruleP(st: DmState): void {
  const i = st.i;
  if (ch(st, i + 1) === 'H') {
    add(st, 'F');
    st.i += 2;
    return;
  }
  st.i += at(st, i + 1, ['P', 'B']) ? 2 : 1; // 'campbell', 'raspberry'
  add(st, 'P');
}

export function ruleT(st: DmState): void {
  const i = st.i;
  if (at(st, i, ['TION']) || at(st, i, ['TIA', 'TCH'])) {
    add(st, 'X');
    st.i += 3;
    return;
  }
  if (at(st, i, ['TH']) || at(st, i, ['TTH'])) {
    // 'Thomas', 'Thames' or Germanic.
    if (at(st, i + 2, ['OM', 'AM']) || st.germanic) add(st, 'T');
    else add(st, '0', 'T');
    st.i += 2;
    return;
  }
  st.i += at(st, i + 1, ['T', 'D']) ? 2 : 1;
  add(st, 'T');
}

export function ruleW(st: DmState): void {
  const i = st.i;
  if (at(st, i, ['WR'])) {
    add(st, 'R');
    st.i += 2;
    return;
  }
  if (i === 0 && (isVowel(st, i + 1) || at(st, i, ['WH']))) {
    if (isVowel(st, i + 1)) add(st, 'A', 'F'); // 'Wasserman' / 'Vasserman'
    else add(st, 'A'); // 'Uomo' / 'Womo'
  }
  // 'Arnow' / 'Arnoff'.
  if ((i === st.last && isVowel(st, i - 1)) || at(st, i - 1, ['EWSKI', 'EWSKY', 'OWSKI', 'OWSKY']) ||
    at(st, 0, ['SCH'])) {
    add(st, '', 'F');
    st.i += 1;
    return;
  }
  if (at(st, i, ['WICZ', 'WITZ'])) {
    add(st, 'TS', 'FX'); // Polish 'Filipowicz'
    st.i += 4;
    return;
  }
  st.i += 1;
}

export function ruleX(st: DmState): void {
  const i = st.i;
  // French 'breaux': final X silent.
  if (!(i === st.last && (at(st, i - 3, ['IAU', 'EAU']) || at(st, i - 2, ['AU', 'OU'])))) add(st, 'KS');
  st.i += at(st, i + 1, ['C', 'X']) ? 2 : 1;
}

export function ruleZ(st: DmState): void {
  const i = st.i;
  if (ch(st, i + 1) === 'H') {
    add(st, 'J'); // Chinese pinyin 'Zhao'
    st.i += 2;
    return;
  }
  if (at(st, i + 1, ['ZO', 'ZI', 'ZA']) || (st.slavoGermanic && i > 0 && ch(st, i - 1) !== 'T')) add(st, 'S', 'TS');
  else add(st, 'S');
  st.i += ch(st, i + 1) === 'Z' ? 2 : 1;
}
