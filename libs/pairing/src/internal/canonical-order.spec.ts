import fc from 'fast-check';
import { PairingColumns } from '../pairing-columns';
import type { PairingRecord, Source } from '../types';
import { canonical, canonicalOrder } from './canonical-order';
import { SOURCES } from './constants';

const record = (source: Source, id: string): PairingRecord => ({ source, id, entityId: id, party: {} });
/** The reference: a stable sort of the positions by the canonical order of their records. */
const sortedPositions = (records: readonly PairingRecord[]): number[] =>
  [...records.keys()].sort((x, y) => canonical(records[x], records[y]));

const source = fc.constantFrom(...SOURCES);
const id = fc.constantFrom('A1', 'A10', 'A2', 'B', 'a', '');
const anyRecords = fc.array(
  fc.tuple(source, id).map(([s, i]) => record(s, i)),
  { maxLength: 40 },
);
/** Records whose ids ascend within each source, the sources interleaved (as a block's chunks make them). */
const ascendingRecords = fc.array(fc.tuple(source, fc.nat(3)), { maxLength: 40 }).map((draws) => {
  const next: Record<string, number> = { leads: 0, sales: 0, financial: 0 };
  return draws.map(([s, step]) => record(s, `X${String((next[s] += step)).padStart(3, '0')}`));
});

describe(canonicalOrder, () => {
  it.each([
    ['any records', anyRecords],
    ['ids ascending per source', ascendingRecords],
  ])('should order the positions as a stable sort by source, then id (%s)', (_, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (records) => {
        expect([...canonicalOrder(PairingColumns.from(records))]).toEqual(sortedPositions(records));
      }),
      { numRuns: 500 },
    );
  });

  it('should deal out chunk-ordered records to their sources', () => {
    const records = [
      record('leads', 'L1'),
      record('sales', 'S1'),
      record('financial', 'F1'),
      record('leads', 'L2'),
      record('financial', 'F2'),
    ];
    expect([...canonicalOrder(PairingColumns.from(records))]).toEqual([0, 3, 1, 2, 4]);
  });
});
