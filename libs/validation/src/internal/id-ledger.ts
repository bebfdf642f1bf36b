import { SOURCES, type Source } from '@synth/schema';
import { quote } from './check-tally';
import { hash64, hashOut } from './hash';
import { HashSet64 } from './hash-set-64';

/**
 * The share of its slots a source's id table may fill: three quarters, not the default half, so that the ids of
 * a 10-million-record run take 192 MiB (2^24 slots) instead of 384 MiB, and the table doubles at 6.3 instead of
 * 8.4 million ids, when less else is held (old and new table together: 288 instead of 576 MiB).
 */
const LEDGER_LOAD = 0.75;

/** Flags of an id in the ledger. */
export const IN_RECORDS = 1;
export const IN_TRUTH = 2;

/**
 * Every id of a dataset as 64-bit hashes, per source, flagged as seen in records and/or in truth rows: 16–32
 * bytes per id (a {@link HashSet64} filled up to three quarters, the largest table of a 10-million-record run),
 * no strings. Ids that blocks reported as strays are also kept by name, so messages about them can quote them.
 */
export class IdLedger {
  private readonly sets = new Map<Source, HashSet64>(SOURCES.map((s) => [s, new HashSet64(1024, LEDGER_LOAD)]));
  private readonly names = new Map<string, string>();

  /** Flags every `[hi, lo]` of `hashes`; calls `again(hi, lo)` for each that already had `flag`. */
  mark(source: Source, hashes: Uint32Array, flag: number, again: (hi: number, lo: number) => void): void {
    const set = this.sets.get(source) as HashSet64;
    for (let i = 0; i < hashes.length; i += 2)
      if (set.mark(hashes[i], hashes[i + 1], flag) & flag) again(hashes[i], hashes[i + 1]);
  }

  /**
   * The same as `mark(source, recordIds, IN_RECORDS, recordAgain)` then `mark(source, truthIds, IN_TRUTH,
   * truthAgain)`, with the same calls in the same order. A block's record and truth ids are most often the same
   * list: then each id is looked up once for both flags, not twice (the table is large, a lookup a cache miss).
   *
   * @example
   * ledger.markBoth('leads', part.recordIds.leads, part.truthIds.leads, onDuplicate, onSecondTruthRow);
   */
  markBoth(
    source: Source,
    recordIds: Uint32Array,
    truthIds: Uint32Array,
    recordAgain: (hi: number, lo: number) => void,
    truthAgain: (hi: number, lo: number) => void,
  ): void {
    if (!sameIds(recordIds, truthIds)) {
      this.mark(source, recordIds, IN_RECORDS, recordAgain);
      this.mark(source, truthIds, IN_TRUTH, truthAgain);
      return;
    }
    // One id's flags before it is marked are those the two passes would see: earlier blocks' and earlier ids'.
    const set = this.sets.get(source) as HashSet64;
    let truthRepeats: number[] | undefined;
    for (let i = 0; i < recordIds.length; i += 2) {
      const before = set.mark(recordIds[i], recordIds[i + 1], IN_RECORDS | IN_TRUTH);
      if (before & IN_RECORDS) recordAgain(recordIds[i], recordIds[i + 1]);
      if (before & IN_TRUTH) (truthRepeats ??= []).push(i);
    }
    for (const i of truthRepeats ?? []) truthAgain(truthIds[i], truthIds[i + 1]);
  }

  /** Remembers an id's text for messages. */
  name(source: Source, id: string): void {
    hash64(id);
    this.names.set(`${source}:${hashOut[0]}:${hashOut[1]}`, id);
  }

  /** The quoted id when its text is known, else its hash, e.g. `'L7'` or `#00a1…`. */
  describe(source: Source, hi: number, lo: number): string {
    const id = this.names.get(`${source}:${hi}:${lo}`);
    return id === undefined ? `#${hex(hi)}${hex(lo)}` : quote(id);
  }

  /** The flags of an id (0 when never seen). */
  flags(source: Source, id: string): number {
    hash64(id);
    return Math.max(0, (this.sets.get(source) as HashSet64).get(hashOut[0], hashOut[1]));
  }

  /** Calls `f(hi, lo, flags)` for every id of `source`. */
  forEach(source: Source, f: (hi: number, lo: number, flags: number) => void): void {
    (this.sets.get(source) as HashSet64).forEach(f);
  }
}

/** Whether two id lists hold the same hashes in the same order. */
function sameIds(a: Uint32Array, b: Uint32Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function hex(n: number): string {
  return n.toString(16).padStart(8, '0');
}
