import { add, at, ch, type DmState, isVowel } from './dm-state';

/** Double Metaphone rules for J, L, M, R, S (Lawrence Philips, 2000). */
export function ruleJ(st: DmState): void {
  const i = st.i;
  if (at(st, i, ['JOSE']) || at(st, 0, ['SAN '])) {
    if ((i === 0 && ch(st, i + 4) === ' ') || at(st, 0, ['SAN '])) add(st, 'H');
    else add(st, 'J', 'H');
    st.i += 1;
    return;
  }
  const next = ch(st, i + 1);
  if (i === 0) add(st, 'J', 'A'); // 'Jankelowicz' / 'Yankelovich'
  else if (isVowel(st, i - 1) && !st.slavoGermanic && (next === 'A' || next === 'O')) add(st, 'J', 'H');
  else if (i === st.last) add(st, 'J', '');
  else if (!at(st, i + 1, ['L', 'T', 'K', 'S', 'N', 'M', 'B', 'Z']) && !at(st, i - 1, ['S', 'K', 'L'])) add(st, 'J');
  st.i += next === 'J' ? 2 : 1;
}

export function ruleL(st: DmState): void {
  const i = st.i;
  if (ch(st, i + 1) === 'L') {
    // Spanish 'cabrillo', 'gallegos': the LL is a Y sound, kept only in the primary key.
    if ((i === st.length - 3 && at(st, i - 1, ['ILLO', 'ILLA', 'ALLE'])) ||
      ((at(st, st.last - 1, ['AS', 'OS']) || at(st, st.last, ['A', 'O'])) && at(st, i - 1, ['ALLE']))) {
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
  if ((at(st, i - 1, ['UMB']) && (i + 1 === st.last || at(st, i + 2, ['ER']))) || ch(st, i + 1) === 'M') st.i += 2;
  else st.i += 1;
  add(st, 'M');
}

export function ruleR(st: DmState): void {
  const i = st.i;
  // French 'Rogier' (but not 'Hochmeier'): R only in the secondary key.
  if (i === st.last && !st.slavoGermanic && at(st, i - 2, ['IE']) && !at(st, i - 4, ['ME', 'MA'])) add(st, '', 'R');
  else add(st, 'R');
  st.i += ch(st, i + 1) === 'R' ? 2 : 1;
}

export function ruleS(st: DmState): void {
  const i = st.i;
  if (at(st, i - 1, ['ISL', 'YSL'])) {
    st.i += 1; // 'island', 'carlisle'
    return;
  }
  if (i === 0 && at(st, i, ['SUGAR'])) {
    add(st, 'X', 'S');
    st.i += 1;
    return;
  }
  if (at(st, i, ['SH'])) {
    add(st, at(st, i + 1, ['HEIM', 'HOEK', 'HOLM', 'HOLZ']) ? 'S' : 'X');
    st.i += 2;
    return;
  }
  if (at(st, i, ['SIO', 'SIA']) || at(st, i, ['SIAN'])) {
    if (st.slavoGermanic) add(st, 'S');
    else add(st, 'S', 'X');
    st.i += 3;
    return;
  }
  if ((i === 0 && at(st, i + 1, ['M', 'N', 'L', 'W'])) || at(st, i + 1, ['Z'])) {
    add(st, 'S', 'X'); // 'Smith' vs 'Schmidt', 'snider' vs 'Schneider'
    st.i += at(st, i + 1, ['Z']) ? 2 : 1;
    return;
  }
  if (at(st, i, ['SC'])) return ruleSc(st, i);
  if (i === st.last && at(st, i - 2, ['AI', 'OI'])) add(st, '', 'S'); // French 'resnais', 'artois'
  else add(st, 'S');
  st.i += at(st, i + 1, ['S', 'Z']) ? 2 : 1;
}

function ruleSc(st: DmState, i: number): void {
  st.i += 3;
  if (ch(st, i + 2) === 'H') {
    if (at(st, i + 3, ['OO', 'ER', 'EN', 'UY', 'ED', 'EM'])) {
      // Dutch 'school', 'schooner'; 'schermerhorn', 'schenker'.
      if (at(st, i + 3, ['ER', 'EN'])) add(st, 'X', 'SK');
      else add(st, 'SK');
    } else if (i === 0 && !isVowel(st, 3) && ch(st, 3) !== 'W') add(st, 'X', 'S');
    else add(st, 'X');
    return;
  }
  if (at(st, i + 2, ['I', 'E', 'Y'])) add(st, 'S');
  else add(st, 'SK');
}
