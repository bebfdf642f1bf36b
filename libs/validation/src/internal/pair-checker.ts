import { SOURCES, type Source } from '@synth/schema';
import { CheckTally, quote } from './check-tally';
import { hash64, hashOut } from './hash';
import { HashSet64 } from './hash-set-64';
import { PairCounts } from './pair-counts';
import { NEGATIVE_KINDS, PAIR_KEYS, PAIR_SPLITS, POSITIVE_KINDS, keyValue, type PairSplit } from './pair-vocabulary';

/** A pair's ids not found among the records known when it arrived. */
export interface PendingRef {
  where: string;
  refs: { key: 'id_a' | 'id_b'; source: Source; id: string }[];
}

/** Which record ids exist, per source. */
export type RecordIds = ReadonlyMap<Source, RecordIdSet>;

/** The record ids of one source; `hasHash`, when given, answers for an id from its `hash64` halves. */
export interface RecordIdSet {
  has(id: string): boolean;
  hasHash?(hi: number, lo: number): boolean;
}

/** The `pair_ids_exist` failure of a pair whose `missing` ids are in no file. */
export function missingIdsMessage(p: PendingRef, missing: PendingRef['refs'], files: Record<Source, string>): string {
  return `${p.where}: ${missing.map((r) => `${r.key} ${quote(r.id)} is not in ${files[r.source]}`).join('; ')}`;
}

const SPLIT_INDEX = new Map<string, number>(PAIR_SPLITS.map((s, i) => [s, i]));
const SOURCE_INDEX = new Map<string, number>(SOURCES.map((s, i) => [s, i]));
const KNOWN_KINDS = new Set<string>([...POSITIVE_KINDS, ...NEGATIVE_KINDS]);

/** A pair's key columns as the checks read them (`keyValue`: null for NaN). */
type PairKeys = Record<(typeof PAIR_KEYS)[number], string | null>;

/**
 * What the checks make of a pair's sources, kind and split, the same for every pair that has them: pairs come in
 * runs of a few such shapes, so each is worked out once per run instead of once per pair.
 */
interface PairShape {
  srcA: string | null;
  srcB: string | null;
  kind: string | null;
  split: string | null;
  /** Sources, kind and split present and known (the keys are valid when the ids are present too). */
  valid: boolean;
  splitIndex: number | undefined;
  /** The sources' indexes (undefined for an unknown or NaN source). */
  a: number | undefined;
  b: number | undefined;
  /** The label the kind calls for, or undefined for an unknown kind (any label then passes). */
  expected: 0 | 1 | undefined;
  /** Whether a pair with a valid label is counted for balance and the gates. */
  counted: boolean;
}

/** The pair-file checks: keys, labels, ids, split disjointness; counts for balance and gates. */
export class PairChecker {
  readonly keys = new CheckTally('pair_keys_present');
  readonly label = new CheckTally('pair_label');
  readonly ids = new CheckTally('pair_ids_exist');
  readonly disjoint = new CheckTally('pair_split_disjoint');
  readonly counts = new PairCounts();
  private readonly rowsPerFile = new Map<string, number>();
  /** Per source (in `SOURCES` order): split index of every record seen in a pair, keyed by the hash of its id. */
  private readonly splitOf = SOURCES.map(() => new HashSet64());
  private readonly pending: PendingRef[] = [];
  /** The key columns of the pair being checked (one object, rewritten for every pair). */
  private readonly v: PairKeys = { src_a: '', id_a: '', src_b: '', id_b: '', pair_kind: '', split: '' };
  /** Whether the side last given to {@link lookUp} named no known record. */
  private missed = false;
  /** The shape of the last pair (see {@link PairShape}). */
  private shape: PairShape | undefined;
  /** The file of the last pair and its rows so far (kept in `rowsPerFile` when another file comes). */
  private lastFile: string | undefined;
  private lastRows = 0;

  /** `place` names a pair in messages from its file and its row in that file (counted here). */
  constructor(
    private readonly records: RecordIds,
    private readonly place: (file: string, row: number) => string = (file, row) => `${file} row ${row}`,
  ) {}

  add(pair: Record<string, unknown>, file: string): void {
    if (file !== this.lastFile) {
      if (this.lastFile !== undefined) this.rowsPerFile.set(this.lastFile, this.lastRows);
      this.lastRows = this.rowsPerFile.get(file) ?? 0;
      this.lastFile = file;
    }
    const row = ++this.lastRows;
    // Messages are rare: the pair's place is spelled out only for a failure.
    const v = this.v;
    // One named load and store per key (a loop over the keys would make each a megamorphic keyed access).
    v.src_a = keyValue(pair['src_a']);
    v.id_a = keyValue(pair['id_a']);
    v.src_b = keyValue(pair['src_b']);
    v.id_b = keyValue(pair['id_b']);
    v.pair_kind = keyValue(pair['pair_kind']);
    v.split = keyValue(pair['split']);
    const shape = this.shapeOf(v);
    this.checkKeys(v, shape.valid && !!v.id_a && !!v.id_b, file, row);
    const y = this.checkLabel(pair['y'], v.pair_kind, shape.expected, file, row);
    const splitIndex = shape.splitIndex;
    if (shape.counted && y !== undefined) this.counts.add(v.split as PairSplit, y, v.pair_kind as string);

    // The sides named by a known source and a non-empty id; their ids are looked up, then their splits.
    const a = v.id_a ? shape.a : undefined;
    const b = v.id_b ? shape.b : undefined;
    this.ids.checked++;
    // Each side's id is hashed once, for its lookup and its split.
    const clashA = a === undefined ? -1 : this.lookUp(a, v.id_a as string, splitIndex);
    const missA = a !== undefined && this.missed;
    const clashB = b === undefined ? -1 : this.lookUp(b, v.id_b as string, splitIndex);
    const missB = b !== undefined && this.missed;
    if (missA || missB) {
      const refs: PendingRef['refs'] = [];
      if (missA) refs.push({ key: 'id_a', source: SOURCES[a as number], id: v.id_a as string });
      if (missB) refs.push({ key: 'id_b', source: SOURCES[b as number], id: v.id_b as string });
      this.pending.push({ where: this.place(file, row), refs });
    }

    if (splitIndex !== undefined) {
      this.disjoint.checked++;
      if (clashA >= 0 || clashB >= 0) {
        const problems: string[] = [];
        const split = PAIR_SPLITS[splitIndex];
        const clash = (source: number, id: string, seen: number) =>
          problems.push(`${SOURCES[source]} id ${quote(id)} is in ${split} and also in ${PAIR_SPLITS[seen]}`);
        if (clashA >= 0) clash(a as number, v.id_a as string, clashA);
        if (clashB >= 0) clash(b as number, v.id_b as string, clashB);
        this.disjoint.fail(`${this.place(file, row)}: ${problems.join('; ')}`);
      }
    }
  }

  /**
   * Looks one side of a pair up, its id hashed once: sets {@link missed} when no known record has the id, and
   * returns the split the record was seen in before if it differs from `splitIndex` (else -1; -1 without a split).
   */
  private lookUp(source: number, id: string, splitIndex: number | undefined): number {
    hash64(id);
    const hi = hashOut[0];
    const lo = hashOut[1];
    this.missed = !this.hasRecord(source, id, hi, lo);
    return splitIndex === undefined ? -1 : this.otherSplit(source, hi, lo, splitIndex);
  }

  /** Whether the id `id` (hashed to `hi`, `lo`) is a record of source `source` (its index). */
  private hasRecord(source: number, id: string, hi: number, lo: number): boolean {
    const ids = this.records.get(SOURCES[source] as Source);
    if (ids === undefined) return false;
    return ids.hasHash ? ids.hasHash(hi, lo) : ids.has(id);
  }

  /**
   * Records that an id of source `source` (its index), hashed to `hi`, `lo`, is in split `split` unless it was
   * seen before; returns the split it was first seen in when that is another one, else -1.
   */
  private otherSplit(source: number, hi: number, lo: number, split: number): number {
    const seen = (this.splitOf[source] as HashSet64).upsert(hi, lo, split);
    return seen === -1 || seen === split ? -1 : seen;
  }

  /** The shape of a pair's keys: that of the last pair when they are the same. */
  private shapeOf(v: PairKeys): PairShape {
    const last = this.shape;
    if (last && v.src_a === last.srcA && v.src_b === last.srcB && v.pair_kind === last.kind && v.split === last.split)
      return last;
    const { src_a: srcA, src_b: srcB, pair_kind: kind, split } = v;
    const splitIndex = SPLIT_INDEX.get(split ?? '');
    const knownKind = kind !== null && KNOWN_KINDS.has(kind);
    return (this.shape = {
      srcA,
      srcB,
      kind,
      split,
      valid: shapeValid(srcA, srcB, kind, split),
      splitIndex,
      a: srcA !== null ? SOURCE_INDEX.get(srcA) : undefined,
      b: srcB !== null ? SOURCE_INDEX.get(srcB) : undefined,
      expected: kind && POSITIVE_KINDS.includes(kind) ? 1 : kind && NEGATIVE_KINDS.includes(kind) ? 0 : undefined,
      counted: splitIndex !== undefined && knownKind,
    });
  }

  /** `pair_keys_present` of one pair, given whether its keys are valid (see {@link shapeValid}). */
  private checkKeys(v: PairKeys, valid: boolean, file: string, row: number): void {
    this.keys.checked++;
    if (valid) return;
    const problems: string[] = [];
    for (const key of PAIR_KEYS) {
      const value = v[key];
      if (value === null) problems.push(`${key} is NaN`);
      else if (value === '') problems.push(`${key} is empty`);
    }
    for (const key of ['src_a', 'src_b'] as const) {
      const value = v[key];
      if (value && !SOURCES.includes(value as Source))
        problems.push(`${key} ${quote(value)} is not leads, sales or financial`);
    }
    if (v.split && !SPLIT_INDEX.has(v.split)) problems.push(`split ${quote(v.split)} is not train, valid or test`);
    const kind = v.pair_kind;
    if (kind && !POSITIVE_KINDS.includes(kind) && !NEGATIVE_KINDS.includes(kind))
      problems.push(`pair_kind ${quote(kind)} is unknown`);
    if (problems.length > 0) this.keys.fail(`${this.place(file, row)}: ${problems.join('; ')}`);
  }

  /** `pair_label` of one pair: its label, or undefined when it is not 0 or 1. */
  private checkLabel(
    raw: unknown,
    kind: string | null,
    expectedOfKind: 0 | 1 | undefined,
    file: string,
    row: number,
  ): 0 | 1 | undefined {
    this.label.checked++;
    const y = raw === 0 || raw === '0' ? 0 : raw === 1 || raw === '1' ? 1 : undefined;
    if (y === undefined) {
      const shown = raw === null || raw === undefined ? 'missing' : quote(String(raw));
      this.label.fail(`${this.place(file, row)}: y is ${shown}, not 0 or 1`);
      return undefined;
    }
    const expected = expectedOfKind ?? y;
    if (expected !== y)
      this.label.fail(`${this.place(file, row)}: y is ${y} but pair_kind is ${quote(kind as string)}`);
    return y;
  }

  /** Resolves ids not yet seen when their pair arrived (records may be added after pairs). */
  finish(files: Record<Source, string>): void {
    for (const p of this.takePending()) this.ids.fail(missingIdsMessage(p, p.refs, files));
  }

  /** The pairs whose ids are still not among the records, to be resolved elsewhere (e.g. over all blocks). */
  takePending(): PendingRef[] {
    const out: PendingRef[] = [];
    for (const p of this.pending) {
      const missing = p.refs.filter((r) => !this.records.get(r.source)?.has(r.id));
      if (missing.length > 0) out.push({ where: p.where, refs: missing });
    }
    this.pending.length = 0;
    return out;
  }
}

/**
 * Whether no key check fails but those of the ids: sources, kind and split non-empty (not NaN) and known. The keys
 * are valid when the ids are non-empty too.
 */
function shapeValid(srcA: string | null, srcB: string | null, kind: string | null, split: string | null): boolean {
  if (!srcA || !srcB || !kind || !split) return false;
  return SOURCE_INDEX.has(srcA) && SOURCE_INDEX.has(srcB) && SPLIT_INDEX.has(split) && KNOWN_KINDS.has(kind);
}
