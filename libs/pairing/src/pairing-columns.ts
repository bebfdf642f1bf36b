import { PartyColumns } from '@synth/features';
import { sourceRank } from './internal/canonical-order';
import { SOURCES } from './internal/constants';
import { PairingError } from './pairing-error';
import type { PairingRecord, Source } from './types';

/**
 * The records pairing needs, held as columns: per record its source (as its index in SOURCES), id, entity id and
 * split group in arrays, its plain party values in a {@link PartyColumns}, with no object per record. Build the
 * pairs of a block with `buildPairBatch(columns, options)`: the same pairs as of the records `record(i)` gives.
 *
 * @example
 * const records = new PairingColumns();
 * records.addRow('leads', 'L0000001', 'E0000001', 'E0000001', { first_name: 'Bob', email: 'bob@x.com' });
 * records.record(0); // { source: 'leads', id: 'L0000001', entityId: 'E0000001', splitGroup: 'E0000001', party }
 * const batch = buildPairBatch(records, { seed: 42 });
 * records.id[batch.a[0]]; // id_a of the first pair
 */
export class PairingColumns {
  /** Per record, its source as an index into SOURCES. */
  readonly source: number[] = [];
  readonly id: string[] = [];
  readonly entityId: string[] = [];
  /** Per record, its split group (`PairingRecord.splitGroup`, else its entity id). */
  readonly splitGroup: string[] = [];
  /** Per record, its plain values (before any PII hashing). */
  readonly parties = new PartyColumns();

  /** The columns of some records, in their order. */
  static from(records: readonly PairingRecord[]): PairingColumns {
    const columns = new PairingColumns();
    for (const r of records) columns.addRecord(r);
    return columns;
  }

  /** Number of records. */
  get length(): number {
    return this.id.length;
  }

  /** Adds a record whose party is `toPartyRecord(source, row)` (see `PartyColumns.addRow`). */
  addRow(
    source: Source,
    id: string,
    entityId: string,
    splitGroup: string,
    row: Readonly<Record<string, string>>,
  ): void {
    this.push(source, id, entityId, splitGroup);
    this.parties.addRow(source, row);
  }

  /** Adds a record. */
  addRecord(r: PairingRecord): void {
    // Checked before anything is added, so that a bad record leaves the columns as they were.
    if (typeof r.party !== 'object' || r.party === null) {
      const i = this.id.length;
      throw new PairingError(
        `records[${i}].party must be a party record`,
        `records[${i}].party`,
        r.party,
        'PartyRecord',
      );
    }
    this.push(r.source, r.id, r.entityId, r.splitGroup ?? r.entityId);
    this.parties.add(r.party);
  }

  /** Record `i` as an object (its split group always given, its party as `PartyColumns.get` makes it). */
  record(i: number): PairingRecord {
    return {
      source: SOURCES[this.source[i]],
      id: this.id[i],
      entityId: this.entityId[i],
      splitGroup: this.splitGroup[i],
      party: this.parties.get(i),
    };
  }

  private push(source: Source, id: string, entityId: string, splitGroup: string): void {
    const rank = sourceRank(source);
    if (rank < 0) {
      const i = this.id.length;
      throw new PairingError(
        `records[${i}].source must be one of ${SOURCES.join(', ')}, got ${String(source)}`,
        `records[${i}].source`,
        source,
        SOURCES.join(' | '),
      );
    }
    this.source.push(rank);
    this.id.push(id);
    this.entityId.push(entityId);
    this.splitGroup.push(splitGroup);
  }
}
