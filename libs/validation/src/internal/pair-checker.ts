import { SOURCES, type Source } from '@synth/schema';
import { CheckTally, quote } from './check-tally';
import { HashSet64 } from './hash-set-64';
import { PairCounts } from './pair-counts';
import { NEGATIVE_KINDS, PAIR_KEYS, PAIR_SPLITS, POSITIVE_KINDS, keyValue, type PairSplit } from './pair-vocabulary';

/** A pair's ids not found among the records known when it arrived. */
export interface PendingRef {
  where: string;
  refs: { key: 'id_a' | 'id_b'; source: Source; id: string }[];
}

/** Which record ids exist, per source. */
export type RecordIds = ReadonlyMap<Source, { has(id: string): boolean }>;

/** The `pair_ids_exist` failure of a pair whose `missing` ids are in no file. */
export function missingIdsMessage(p: PendingRef, missing: PendingRef['refs'], files: Record<Source, string>): string {
  return `${p.where}: ${missing.map((r) => `${r.key} ${quote(r.id)} is not in ${files[r.source]}`).join('; ')}`;
}

const SIDES = [
  ['src_a', 'id_a'],
  ['src_b', 'id_b'],
] as const;

const SPLIT_INDEX = new Map<string, number>(PAIR_SPLITS.map((s, i) => [s, i]));

/** The pair-file checks: keys, labels, ids, split disjointness; counts for balance and gates. */
export class PairChecker {
  readonly keys = new CheckTally('pair_keys_present');
  readonly label = new CheckTally('pair_label');
  readonly ids = new CheckTally('pair_ids_exist');
  readonly disjoint = new CheckTally('pair_split_disjoint');
  readonly counts = new PairCounts();
  private readonly rowsPerFile = new Map<string, number>();
  /** Split index of every record seen in a pair, keyed by the hash of `source \0 id`. */
  private readonly splitOf = new HashSet64();
  private readonly pending: PendingRef[] = [];

  /** `place` names a pair in messages from its file and its row in that file (counted here). */
  constructor(
    private readonly records: RecordIds,
    private readonly place: (file: string, row: number) => string = (file, row) => `${file} row ${row}`,
  ) {}

  add(pair: Record<string, unknown>, file: string): void {
    const row = (this.rowsPerFile.get(file) ?? 0) + 1;
    this.rowsPerFile.set(file, row);
    // Messages are rare: the pair's place is spelled out only for a failure.
    let place: string | undefined;
    const where = () => (place ??= this.place(file, row));
    const v = {} as Record<(typeof PAIR_KEYS)[number], string | null>;
    for (const k of PAIR_KEYS) v[k] = keyValue(pair[k]);
    this.checkKeys(v, where);
    const y = this.checkLabel(pair['y'], v.pair_kind, where);
    const split = SPLIT_INDEX.has(v.split ?? '') ? (v.split as PairSplit) : undefined;
    const kindKnown =
      v.pair_kind !== null && (POSITIVE_KINDS.includes(v.pair_kind) || NEGATIVE_KINDS.includes(v.pair_kind));
    if (split && y !== undefined && kindKnown) this.counts.add(split, y, v.pair_kind as string);

    const sides: { key: 'id_a' | 'id_b'; source: Source; id: string }[] = [];
    for (const [srcKey, idKey] of SIDES) {
      const source = v[srcKey] as Source;
      const id = v[idKey];
      if (SOURCES.includes(source) && id) sides.push({ key: idKey, source, id });
    }
    this.ids.checked++;
    const missing = sides.filter((s) => !this.records.get(s.source)?.has(s.id));
    if (missing.length > 0) this.pending.push({ where: where(), refs: missing });

    if (split) {
      this.disjoint.checked++;
      const problems: string[] = [];
      for (const s of sides) {
        const seen = this.splitOf.upsertString(`${s.source}\u0000${s.id}`, SPLIT_INDEX.get(split) as number);
        if (seen !== -1 && PAIR_SPLITS[seen] !== split)
          problems.push(`${s.source} id ${quote(s.id)} is in ${split} and also in ${PAIR_SPLITS[seen]}`);
      }
      if (problems.length > 0) this.disjoint.fail(`${where()}: ${problems.join('; ')}`);
    }
  }

  private checkKeys(v: Record<(typeof PAIR_KEYS)[number], string | null>, where: () => string): void {
    this.keys.checked++;
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
    if (problems.length > 0) this.keys.fail(`${where()}: ${problems.join('; ')}`);
  }

  private checkLabel(raw: unknown, kind: string | null, where: () => string): 0 | 1 | undefined {
    this.label.checked++;
    const y = raw === 0 || raw === '0' ? 0 : raw === 1 || raw === '1' ? 1 : undefined;
    if (y === undefined) {
      this.label.fail(
        `${where()}: y is ${raw === null || raw === undefined ? 'missing' : quote(String(raw))}, not 0 or 1`,
      );
      return undefined;
    }
    const expected = kind && POSITIVE_KINDS.includes(kind) ? 1 : kind && NEGATIVE_KINDS.includes(kind) ? 0 : y;
    if (expected !== y) this.label.fail(`${where()}: y is ${y} but pair_kind is ${quote(kind as string)}`);
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
