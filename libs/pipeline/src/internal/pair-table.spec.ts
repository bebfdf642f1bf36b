import fc from 'fast-check';
import { featureNames, PAIR_KINDS, SPLITS } from '@synth/features';
import { formatCsvColumns, formatCsvRows } from '@synth/io';
import { pairToRow } from '@synth/pairing';
import { PairingColumns } from '@synth/pairing';
import type { Pair, PairBatch, PairingRecord } from '@synth/pairing';
import { defaultNoiseProfile, NoiseTally } from '@synth/noise';
import { pairArbitrary } from '../testing-internal/pair-arbitrary';
import { pairBatchTable, pairRows, pairTableBuffers, rowsBySplit, toPairTable } from './pair-table';
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

/** Pairs as `buildPairBatch` gives them: records 2i and 2i + 1 (in reverse order) are the ends of pair i. */
function asBatch(pairs: readonly Pair[]): { batch: PairBatch; records: PairingRecord[] } {
  const n = pairs.length;
  const width = featureNames.length;
  const records = pairs.flatMap((p): PairingRecord[] => [
    { source: p.src_b, id: p.id_b, entityId: 'b', party: {} },
    { source: p.src_a, id: p.id_a, entityId: 'a', party: {} },
  ]);
  const values = new Float64Array(n * width);
  const nulls = new Uint8Array(n * width);
  pairs.forEach((p, i) =>
    featureNames.forEach((name, f) => {
      const v = p.features[name];
      if (v === null || Number.isNaN(v)) nulls[f * n + i] = 1;
      else values[f * n + i] = v;
    }),
  );
  const batch: PairBatch = {
    length: n,
    a: Int32Array.from(pairs, (_, i) => 2 * i + 1),
    b: Int32Array.from(pairs, (_, i) => 2 * i),
    y: Uint8Array.from(pairs, (p) => p.y),
    kind: Uint8Array.from(pairs, (p) => PAIR_KINDS.indexOf(p.pair_kind)),
    split: Uint8Array.from(pairs, (p) => SPLITS.indexOf(p.split)),
    features: featureNames,
    values,
    nulls,
    stats: {} as PairBatch['stats'],
  };
  return { batch, records };
}

describe(pairBatchTable, () => {
  it('should give the table toPairTable makes of the same pairs as objects (property)', () => {
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 25 }), (pairs) => {
        const { batch, records } = asBatch(pairs);
        const table = pairBatchTable(batch, PairingColumns.from(records));
        const expected = toPairTable(pairs, featureNames);
        expect(Object.keys(table.columns)).toEqual(Object.keys(expected.columns));
        expect(table).toEqual(expected);
        expect(formatCsvColumns(PAIR_CSV_COLUMNS, table)).toBe(csvOfRows(pairs));
      }),
      { numRuns: 100 },
    );
  });

  it('should take over the batch feature buffers, not copy them', () => {
    const { batch, records } = asBatch(fc.sample(pair, { numRuns: 5, seed: 3 }));
    const buffers = pairTableBuffers(pairBatchTable(batch, PairingColumns.from(records)));
    expect(buffers).toContain(batch.values.buffer);
    expect(buffers).toContain(batch.nulls.buffer);
  });
});

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
