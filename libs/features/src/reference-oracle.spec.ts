import fc from 'fast-check';
import { damerauLevenshtein } from './damerau-levenshtein';
import { jaro } from './jaro';
import { jaroWinkler } from './jaro-winkler';
import { levenshtein } from './levenshtein';
import { normalizeName } from './normalize-name';
import { DuckOracle } from './testing-internal/duckdb-oracle';

// DuckDB's string functions as an independent reference (they follow strcmp95/jellyfish for Jaro and
// Jaro-Winkler). Each fast-check run sends a whole batch of pairs in one query, so thousands of pairs
// cost a few seconds; a failure shrinks to the smallest batch and strings and prints the seed.

type Pair = readonly [string, string];
type Metric = (a: string, b: string) => number;

/** Repeated letters on purpose: small alphabets make many matches, transpositions and ties. */
const word = (letters: string, maxLength = 12) => fc.string({ maxLength, unit: fc.constantFrom(...letters.split('')) });

/** A word and an edited copy (adjacent swaps, a deletion, an insertion): many pairs above Winkler's 0.7. */
const edited = (letters: string): fc.Arbitrary<Pair> =>
  word(letters, 14).chain((w) =>
    fc
      .tuple(fc.constant(w), fc.array(fc.nat(Math.max(w.length - 1, 0)), { maxLength: 3 }), fc.nat(w.length))
      .map(([s, swaps, cut]) => {
        const chars = s.split('');
        for (const i of swaps) {
          if (i + 1 < chars.length) [chars[i], chars[i + 1]] = [chars[i + 1], chars[i]];
        }
        const b = chars.join('');
        return [s, cut % 3 === 0 ? b.slice(0, cut) + b.slice(cut + 1) : cut % 3 === 1 ? b + 'x' : b] as const;
      }),
  );

/** Printable ASCII (fast-check's default unit), repeated-letter words, short strings and edited copies. */
const asciiPair: fc.Arbitrary<Pair> = fc.oneof(
  fc.tuple(fc.string({ maxLength: 16 }), fc.string({ maxLength: 16 })),
  fc.tuple(word('ab'), word('ab')),
  fc.tuple(word('abcd'), word('abcd')),
  fc.tuple(word('aab ', 4), word('aab ', 4)),
  edited('abcdef'),
  edited('ABCDEFGHIJKLMNOP'),
);

/** Either side non-empty: for two empty strings synth returns 1 (identical), DuckDB and jellyfish 0. */
const notBothEmpty = (p: Pair) => p[0] !== '' || p[1] !== '';

const batch = (pair: fc.Arbitrary<Pair>) => fc.array(pair.filter(notBothEmpty), { minLength: 1, maxLength: 250 });

describe('similarities against DuckDB (reference oracle)', () => {
  let duck: DuckOracle;
  beforeAll(async () => (duck = await DuckOracle.open()));
  afterAll(() => duck.close());

  /** Every pair of every batch gives exactly DuckDB's value. */
  async function expectOracle(metric: Metric, fn: Parameters<DuckOracle['evaluate']>[0], pair: fc.Arbitrary<Pair>) {
    await fc.assert(
      fc.asyncProperty(batch(pair), async (pairs) => {
        const expected = await duck.evaluate(fn, pairs);
        expect(pairs.map(([a, b]) => metric(a, b))).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  }

  it.each([
    ['Schmidt', 'Smith', 0.707143, 0.736429],
    ['MARTHA', 'MARHTA', 0.944444, 0.961111],
    ['DWAYNE', 'DUANE', 0.822222, 0.84],
    ['DIXON', 'DICKSONX', 0.766667, 0.813333],
    ['CRATE', 'TRACE', 0.733333, 0.733333],
    // jaro = (3/5 + 3/6 + 1) / 3 = 0.7000000000000001 in floating point: above the threshold, boosted in both.
    ['abcde', 'abcxyz', 0.7, 0.79],
    ['0', '00', 0.833333, 0.85],
  ])('should give jaro and jaroWinkler(%j, %j) = %d, %d as DuckDB does', async (a, b, j, jw) => {
    expect(jaro(a, b)).toBeCloseTo(j, 6);
    expect(jaroWinkler(a, b)).toBeCloseTo(jw, 6);
    expect([jaro(a, b)]).toEqual(await duck.evaluate('jaro_similarity', [[a, b]]));
    expect([jaroWinkler(a, b)]).toEqual(await duck.evaluate('jaro_winkler_similarity', [[a, b]]));
  });

  it('should differ from DuckDB only for two empty strings (1 here, 0 there)', async () => {
    expect(jaro('', '')).toBe(1);
    expect(await duck.evaluate('jaro_similarity', [['', '']])).toEqual([0]);
    expect(await duck.evaluate('jaro_similarity', [['', 'a']])).toEqual([jaro('', 'a')]);
  });

  it('should give jaro exactly as DuckDB jaro_similarity on ASCII', () =>
    expectOracle(jaro, 'jaro_similarity', asciiPair));

  it('should give jaroWinkler exactly as DuckDB jaro_winkler_similarity on ASCII', () =>
    expectOracle((a, b) => jaroWinkler(a, b), 'jaro_winkler_similarity', asciiPair));

  it('should give jaroWinkler of normalised accented names as DuckDB on strip_accents(lower(·))', async () => {
    const letters = 'abcdeilmnorstuyéèëüöñçáàíóÉÜÑÇAMRT'.split('');
    const name = fc.string({ minLength: 1, maxLength: 10, unit: fc.constantFrom(...letters) });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(name, name), { minLength: 1, maxLength: 250 }), async (pairs) => {
        const expected = await duck.evaluate('jaro_winkler_similarity', pairs, true);
        expect(pairs.map(([a, b]) => jaroWinkler(normalizeName(a), normalizeName(b)))).toEqual(expected);
      }),
      { numRuns: 20 },
    );
  });

  it('should give levenshtein exactly as DuckDB levenshtein on ASCII', () =>
    expectOracle(levenshtein, 'levenshtein', asciiPair));

  it('should give damerauLevenshtein (unrestricted) exactly as DuckDB damerau_levenshtein on ASCII', () =>
    expectOracle(damerauLevenshtein, 'damerau_levenshtein', asciiPair));
});
