import fc from 'fast-check';
import { featureNames, SPLITS } from '@synth/features';
import { formatCsvColumns, formatCsvRows } from '@synth/io';
import { pairToRow } from '@synth/pairing';
import type { Pair } from '@synth/pairing';
import { defaultNoiseProfile, NoiseTally } from '@synth/noise';
import { pairArbitrary } from '../testing-internal/pair-arbitrary';
import { pairRows, pairTableBuffers, rowsBySplit, toPairTable } from './pair-table';
import { PAIR_CSV_COLUMNS, toTransfer } from './process-block';
import type { BlockResult } from './process-block';

const pair = pairArbitrary();

/** What process-block did before the columnar form: pairs.csv from `pairToRow` rows, values through `String`. */
const csvOfRows = (pairs: Pair[]) =>
  formatCsvRows(
    PAIR_CSV_COLUMNS,
    pairs
      .map(pairToRow)
      .map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? '' : String(v)]))),
  );

describe(toPairTable, () => {
  it('should give back the pairToRow rows and the same pairs.csv text (property)', () => {
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 25 }), (pairs) => {
        const table = toPairTable(pairs, featureNames);
        expect(table.length).toBe(pairs.length);
        expect([...pairRows(table)]).toEqual(pairs.map(pairToRow));
        expect(formatCsvColumns(PAIR_CSV_COLUMNS, table)).toBe(csvOfRows(pairs));
      }),
      { numRuns: 150 },
    );
  });

  it('should list each split’s rows in pair order', () => {
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 25 }), (pairs) => {
        const rows = rowsBySplit(toPairTable(pairs, featureNames));
        for (const split of SPLITS) {
          expect(rows[split]).toEqual(pairs.flatMap((p, i) => (p.split === split ? [i] : [])));
        }
      }),
      { numRuns: 50 },
    );
  });

  it('should cross a thread boundary as transferred buffers and arrive whole', () => {
    const pairs = fc.sample(pair, { numRuns: 40, seed: 7 });
    const table = toPairTable(pairs, featureNames);
    // Three buffers: y, the feature values and the feature null masks.
    expect(pairTableBuffers(table)).toHaveLength(3);
    const bytes = new TextEncoder().encode('a,b\n');
    const result = {
      block: 0,
      csv: { leads: bytes, sales: new Uint8Array(0), financial: new Uint8Array(0), truth: new Uint8Array(0) },
      pairs: table,
      pairsCsv: new TextEncoder().encode(formatCsvColumns(PAIR_CSV_COLUMNS, table)),
      tally: new NoiseTally(defaultNoiseProfile),
    } as unknown as BlockResult;
    const expected = [...pairRows(table)];
    const { message, transfer } = toTransfer(result);
    const received = structuredClone(message, { transfer });
    expect([...pairRows(received.pairs)]).toEqual(expected);
    expect(new TextDecoder().decode(received.csv.leads)).toBe('a,b\n');
    // Moved, not copied: the sender's arrays are emptied.
    expect(bytes.byteLength).toBe(0);
    expect(table.columns['y'].values).toHaveLength(0);
  });
});
