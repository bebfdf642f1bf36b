import fc from 'fast-check';
import { featureNames } from '@synth/features';
import { pairArbitrary } from '../../testing-internal/pair-arbitrary';
import { pairRows, toPairTable } from '../pair-table';
import { addBatchToHistograms, addToHistograms, emptyHistograms } from './feature-histograms';
import { PairSample } from './pair-sample';

const feature = fc.oneof(
  fc.constant(null),
  fc.constant(Number.NaN),
  fc.constant(Number.POSITIVE_INFINITY),
  fc.double({ min: -0.5, max: 1.5, noNaN: true }),
  fc.constant(1),
);
const pair = pairArbitrary({ ids: { a: ['L1', 'L2'], b: ['S1', 'S2'] }, feature });
const blocks = fc.array(fc.array(pair, { maxLength: 30 }), { maxLength: 4 });

describe('PairSample.sampleBatch', () => {
  it('should draw the sample that offering the same rows one by one draws (property)', () => {
    fc.assert(
      fc.property(blocks, fc.integer({ min: 1, max: 8 }), (parts, cap) => {
        // No reservoir for `test`: its pairs are skipped.
        const capacity = { train: cap, valid: cap + 1 };
        const byRow = new PairSample(featureNames, 7, capacity);
        const byBatch = new PairSample(featureNames, 7, capacity);
        for (const pairs of parts) {
          const table = toPairTable(pairs, featureNames);
          for (const row of pairRows(table)) byRow.sample(row);
          byBatch.sampleBatch(table);
        }
        expect(byBatch.splits).toEqual(byRow.splits);
      }),
      { numRuns: 100 },
    );
  });
});

describe(addBatchToHistograms, () => {
  it('should count what addToHistograms counts row by row (property)', () => {
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 40 }), (pairs) => {
        const table = toPairTable(pairs, featureNames);
        const byRow = emptyHistograms(featureNames);
        for (const row of pairRows(table)) addToHistograms(byRow, featureNames, row);
        const byBatch = emptyHistograms(featureNames);
        addBatchToHistograms(byBatch, featureNames, table);
        expect(byBatch).toEqual(byRow);
      }),
      { numRuns: 100 },
    );
  });
});
