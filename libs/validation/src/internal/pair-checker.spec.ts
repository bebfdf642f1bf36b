import fc from 'fast-check';
import { SOURCES, type Source } from '@synth/schema';
import { PairChecker, type RecordIdSet } from './pair-checker';
import { NEGATIVE_KINDS, PAIR_SPLITS, POSITIVE_KINDS } from './pair-vocabulary';

/** Key values that pass or fail: known ones, an empty one, NaN and an unknown one. */
const source = fc.constantFrom<unknown>('leads', 'sales', 'financial', '', Number.NaN, 'crm');
const id = fc.constantFrom<unknown>('L1', 'S1', 'F1', 'X9', '', Number.NaN);
const kind = fc.constantFrom<unknown>(POSITIVE_KINDS[0], NEGATIVE_KINDS[0], NEGATIVE_KINDS[1], '', 'odd');
const split = fc.constantFrom<unknown>(...PAIR_SPLITS, '', 'holdout');
const label = fc.constantFrom<unknown>(0, 1, '1', 2, null);
const pair = fc.record({ src_a: source, id_a: id, src_b: source, id_b: id, y: label, pair_kind: kind, split });
/** Pairs in runs of one shape (as a block's pairs come), their ids and labels free. */
const runs = fc.array(fc.tuple(pair, fc.array(fc.tuple(id, id, label), { maxLength: 6 }), fc.nat(2)), {
  maxLength: 12,
});

const records = new Map<Source, RecordIdSet>(
  SOURCES.map((s) => [s, { has: (value: string) => ['L1', 'S1', 'F1'].includes(value) }]),
);
const known = (value: unknown, names: readonly string[]) => typeof value === 'string' && names.includes(value);
const text = (value: unknown) => typeof value === 'string' && value !== '';

/** The key and label checks of one pair by their definition: whether each fails, and what is counted. */
function reference(p: Record<string, unknown>) {
  const keysOk =
    text(p['id_a']) &&
    text(p['id_b']) &&
    known(p['src_a'], SOURCES) &&
    known(p['src_b'], SOURCES) &&
    known(p['split'], PAIR_SPLITS) &&
    known(p['pair_kind'], [...POSITIVE_KINDS, ...NEGATIVE_KINDS]);
  const y = p['y'] === 0 ? 0 : p['y'] === 1 || p['y'] === '1' ? 1 : undefined;
  const expected = known(p['pair_kind'], POSITIVE_KINDS) ? 1 : known(p['pair_kind'], NEGATIVE_KINDS) ? 0 : y;
  const kindKnown = known(p['pair_kind'], [...POSITIVE_KINDS, ...NEGATIVE_KINDS]);
  return {
    keysOk,
    labelOk: y !== undefined && expected === y,
    counted: y !== undefined && known(p['split'], PAIR_SPLITS) && kindKnown,
  };
}

describe(PairChecker, () => {
  it('should check pairs in runs of one shape as each by its definition, rows counted per file (property)', () => {
    fc.assert(
      fc.property(runs, (shapes) => {
        const checker = new PairChecker(records, (file, row) => `${file}#${row}`);
        const rows = new Map<string, number>();
        const keyFailures: string[] = [];
        const labelFailures: string[] = [];
        let counted = 0;
        for (const [first, rest, fileIndex] of shapes) {
          const file = `f${fileIndex}`;
          for (const [idA, idB, y] of [[first.id_a, first.id_b, first.y], ...rest]) {
            const p = { ...first, id_a: idA, id_b: idB, y };
            checker.add(p, file);
            const row = (rows.get(file) ?? 0) + 1;
            rows.set(file, row);
            const r = reference(p);
            if (!r.keysOk) keyFailures.push(`${file}#${row}`);
            if (!r.labelOk) labelFailures.push(`${file}#${row}`);
            if (r.counted) counted++;
          }
        }
        const places = (examples: string[]) => examples.map((e) => e.split(':')[0]);
        expect(checker.keys.failed).toBe(keyFailures.length);
        expect(places(checker.keys.toPart().examples)).toEqual(keyFailures.slice(0, 5));
        expect(checker.label.failed).toBe(labelFailures.length);
        expect(places(checker.label.toPart().examples)).toEqual(labelFailures.slice(0, 5));
        const { positives, negatives } = checker.counts;
        const total = PAIR_SPLITS.reduce(
          (n, s) => n + positives[s] + Object.values(negatives[s]).reduce((a, b) => a + b, 0),
          0,
        );
        expect(total).toBe(counted);
      }),
      { numRuns: 300 },
    );
  });
});
