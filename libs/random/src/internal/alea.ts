/** 2^-32. */
const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

/**
 * Runs Baagoe's Mash hash over `data` from state `n` and returns the new state (`stateToUnit` gives the value
 * Mash returns): the exact arithmetic of `seedrandom` 3.0.5's `lib/alea.js`, so the streams are unchanged.
 */
function mash(n: number, data: string): number {
  for (let i = 0; i < data.length; i++) {
    n += data.charCodeAt(i);
    let h = 0.02519603282416938 * n;
    n = h >>> 0;
    h -= n;
    h *= n;
    n = h >>> 0;
    h -= n;
    n += h * 0x100000000; // 2^32
  }
  return n;
}

const stateToUnit = (n: number): number => (n >>> 0) * TWO_POW_MINUS_32;

// Every Alea generator starts by hashing ' ' three times from Mash's initial state: the same three numbers.
const N1 = mash(0xefc8249d, ' ');
const N2 = mash(N1, ' ');
const N3 = mash(N2, ' ');
const S0 = stateToUnit(N1);
const S1 = stateToUnit(N2);
const S2 = stateToUnit(N3);

/**
 * The Mash state after `prefix`, from Mash's state once the three rounds over `' '` are done: what the first of
 * Alea's three Mash passes over a key that starts with `prefix` has reached at the end of `prefix`
 * (see the three-argument constructor of {@link Alea}).
 */
export const prefixState = (prefix: string): number => mash(N3, prefix);

/**
 * Baagoe's Alea generator seeded from a string, number for number the `seedrandom.alea(key)` of seedrandom 3.0.5
 * (which synth used before), as a plain class: no closures per generator, and `next` is an ordinary method that
 * the compiler can inline at its call sites. The three constant Mash rounds over `' '` are done once per process.
 */
export class Alea {
  private s0: number;
  private s1: number;
  private s2: number;
  private c = 1;

  /** The generator of `key`. */
  constructor(key: string);
  /**
   * The generator of `prefix + rest`, without that string: Mash runs over `prefix` then `rest`, and its first
   * pass starts from `start`, which must be `prefixState(prefix)` (computed once for many keys that share the
   * prefix, e.g. one stream per record of a source).
   */
  constructor(prefix: string, rest: string, start: number);
  constructor(prefix: string, rest?: string, start?: number) {
    // One key is the rest after an empty prefix, from N3 (Mash over '' leaves its state as it is).
    const one = rest === undefined || start === undefined;
    const head = one ? '' : prefix;
    const tail = one ? prefix : rest;
    let n = mash(one ? N3 : start, tail);
    let s = S0 - stateToUnit(n);
    this.s0 = s < 0 ? s + 1 : s;
    n = mash(mash(n, head), tail);
    s = S1 - stateToUnit(n);
    this.s1 = s < 0 ? s + 1 : s;
    n = mash(mash(n, head), tail);
    s = S2 - stateToUnit(n);
    this.s2 = s < 0 ? s + 1 : s;
  }

  /** A float in [0, 1). */
  next(): number {
    const t = 2091639 * this.s0 + this.c * TWO_POW_MINUS_32;
    this.s0 = this.s1;
    this.s1 = this.s2;
    this.c = t | 0;
    return (this.s2 = t - this.c);
  }
}
