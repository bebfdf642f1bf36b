import { add, at, ch, type DmState, isVowel } from './dm-state';

/** Double Metaphone rules for `C` (Lawrence Philips, 2000). */
export function ruleC(st: DmState): void {
  const i = st.i;
  // Germanic -ACH- as in 'Bacher', 'Macher'.
  if (i > 1 && !isVowel(st, i - 2) && at(st, i - 1, ['ACH']) && ch(st, i + 2) !== 'I' &&
    (ch(st, i + 2) !== 'E' || at(st, i - 2, ['BACHER', 'MACHER']))) {
    add(st, 'K');
    st.i += 2;
    return;
  }
  if (i === 0 && at(st, i, ['CAESAR'])) {
    add(st, 'S');
    st.i += 2;
    return;
  }
  if (at(st, i, ['CHIA'])) {
    add(st, 'K');
    st.i += 2;
    return;
  }
  if (at(st, i, ['CH'])) {
    ruleCh(st, i);
    st.i += 2;
    return;
  }
  if (at(st, i, ['CZ']) && !at(st, i - 2, ['WICZ'])) {
    add(st, 'S', 'X');
    st.i += 2;
    return;
  }
  if (at(st, i + 1, ['CIA'])) {
    add(st, 'X');
    st.i += 3;
    return;
  }
  if (at(st, i, ['CC']) && !(i === 1 && ch(st, 0) === 'M')) {
    if (at(st, i + 2, ['I', 'E', 'H']) && !at(st, i + 2, ['HU'])) {
      if ((i === 1 && ch(st, i - 1) === 'A') || at(st, i - 1, ['UCCEE', 'UCCES'])) add(st, 'KS');
      else add(st, 'X');
      st.i += 3;
    } else {
      add(st, 'K');
      st.i += 2;
    }
    return;
  }
  if (at(st, i, ['CK', 'CG', 'CQ'])) {
    add(st, 'K');
    st.i += 2;
    return;
  }
  if (at(st, i, ['CI', 'CE', 'CY'])) {
    if (at(st, i, ['CIO', 'CIE', 'CIA'])) add(st, 'S', 'X');
    else add(st, 'S');
    st.i += 2;
    return;
  }
  add(st, 'K');
  if (at(st, i + 1, [' C', ' Q', ' G'])) st.i += 3;
  else if (at(st, i + 1, ['C', 'K', 'Q']) && !at(st, i + 1, ['CE', 'CI'])) st.i += 2;
  else st.i += 1;
}

function ruleCh(st: DmState, i: number): void {
  if (i > 0 && at(st, i, ['CHAE'])) return add(st, 'K', 'X'); // 'Michael'
  if (i === 0 && (at(st, i + 1, ['HARAC', 'HARIS']) || at(st, i + 1, ['HOR', 'HYM', 'HIA', 'HEM'])) &&
    !at(st, 0, ['CHORE'])) {
    return add(st, 'K'); // Greek roots: 'chemistry', 'chorus'
  }
  if (st.germanic || at(st, i - 2, ['ORCHES', 'ARCHIT', 'ORCHID']) || at(st, i + 2, ['T', 'S']) ||
    ((at(st, i - 1, ['A', 'O', 'U', 'E']) || i === 0) &&
      at(st, i + 2, ['L', 'R', 'N', 'M', 'B', 'H', 'F', 'V', 'W', ' ']))) {
    return add(st, 'K');
  }
  if (i === 0) return add(st, 'X');
  if (at(st, 0, ['MC'])) return add(st, 'K'); // 'McHugh'
  add(st, 'X', 'K');
}

/** Double Metaphone rules for `G`. */
export function ruleG(st: DmState): void {
  const i = st.i;
  const next = ch(st, i + 1);
  if (next === 'H') return ruleGh(st, i);
  if (next === 'N') {
    if (i === 1 && isVowel(st, 0) && !st.slavoGermanic) add(st, 'KN', 'N');
    else if (!at(st, i + 2, ['EY']) && !st.slavoGermanic) add(st, 'N', 'KN');
    else add(st, 'KN');
    st.i += 2;
    return;
  }
  if (at(st, i + 1, ['LI']) && !st.slavoGermanic) {
    add(st, 'KL', 'L'); // 'Tagliaro'
    st.i += 2;
    return;
  }
  if (i === 0 && (next === 'Y' || at(st, i + 1, ['ES', 'EP', 'EB', 'EL', 'EY', 'IB', 'IL', 'IN', 'IE', 'EI', 'ER']))) {
    add(st, 'K', 'J');
    st.i += 2;
    return;
  }
  if ((at(st, i + 1, ['ER']) || next === 'Y') && !at(st, 0, ['DANGER', 'RANGER', 'MANGER']) &&
    !at(st, i - 1, ['E', 'I']) && !at(st, i - 1, ['RGY', 'OGY'])) {
    add(st, 'K', 'J');
    st.i += 2;
    return;
  }
  if (at(st, i + 1, ['E', 'I', 'Y']) || at(st, i - 1, ['AGGI', 'OGGI'])) {
    if (st.germanic || at(st, i + 1, ['ET'])) add(st, 'K');
    else if (at(st, i + 1, ['IER '])) add(st, 'J');
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
  if ((i > 1 && at(st, i - 2, ['B', 'H', 'D'])) || (i > 2 && at(st, i - 3, ['B', 'H', 'D'])) ||
    (i > 3 && at(st, i - 4, ['B', 'H']))) {
    return;
  }
  if (i > 2 && ch(st, i - 1) === 'U' && at(st, i - 3, ['C', 'G', 'L', 'R', 'T'])) add(st, 'F'); // 'laugh'
  else if (ch(st, i - 1) !== 'I') add(st, 'K');
}
