import { SOURCES, type SchemaSpec, type Source } from '@synth/schema';
import { CheckTally, quote, type CheckPart } from './internal/check-tally';
import { PairChecker, type PendingRef, type RecordIdSet } from './internal/pair-checker';
import type { PairCountsData } from './internal/pair-counts';
import { passColumnChecks, planColumnChecks, type ColumnChecks } from './internal/column-checks';
import { forEachChunk } from './internal/column-reader';
import { planSource, type SourcePlan } from './internal/record-plan';
import { checkValues } from './internal/record-checks';
import { SourceIds } from './internal/source-ids';
import { VALIDATION_CHECKS } from './validation-checks';
import { ValidationError } from './validation-error';

/** Options of {@link createBlockChecker}. */
export interface BlockCheckerOptions {
  schema: SchemaSpec;
  /** The columns each source file is written with. */
  columns: Record<Source, readonly string[]>;
  /** PII columns hold 64-hex sha256 values (`--pii hashed`). @default false */
  piiHashed?: boolean;
  /** File names used in messages, as for `createDatasetValidator`. */
  fileNames?: Partial<Record<Source | 'truth', string>>;
  /** The block's number, named in messages. */
  block: number;
}

/** A record, truth row or pair that belongs to no file of the same block: named for merged messages. */
export interface StrayId {
  source: Source;
  id: string;
}

/**
 * What one block's checks found, as plain data (typed arrays, no row, no id set) to post from a worker
 * thread and merge with `createFoldedValidator`.
 */
export interface BlockChecks {
  block: number;
  /** Counts of the checks run on the block's rows (formats, ids, truth rows, pairs), in `VALIDATION_CHECKS` order. */
  checks: CheckPart[];
  /** Per source: 64-bit hashes of the block's distinct non-empty record ids, interleaved `[hi, lo, …]`. */
  recordIds: Record<Source, Uint32Array>;
  /**
   * Per source: hashes of the ids of the block's truth rows (each id once); the very array of `recordIds` when the
   * truth rows named exactly the block's records, in their order (the usual case).
   */
  truthIds: Record<Source, Uint32Array>;
  truthRows: number;
  /** Record ids without a truth row in the block and truth ids without a record in it (normally none). */
  strays: StrayId[];
  /** Pairs naming ids that are not records of the block, resolved over every block when merged. */
  pendingPairs: PendingRef[];
  /** Valid pairs per split and kind, for `balance` and the gates. */
  pairCounts: PairCountsData;
}

/** Checks of one block's rows, fed as they are made, then `finish()` for the mergeable result. */
export interface BlockChecker {
  /** One record of a source, as written (after PII hashing). */
  addRecord(source: Source, row: Record<string, string>): void;
  /**
   * The next records of a source, as written, in file order: the same as `addRecord` of each in turn, checked
   * column by column while every value passes (the common case), record by record otherwise.
   */
  addRecords(source: Source, rows: readonly Record<string, string>[]): void;
  /** One truth row (`source,id,entity_id,...`). */
  addTruth(row: Record<string, string>): void;
  /** One pair row (`src_a,id_a,src_b,id_b,y,pair_kind,split,...`) written to `file`, e.g. `train.parquet`. */
  addPair(pair: Record<string, unknown>, file: string): void;
  /**
   * The id column of the records of `source` added so far, as the checks hashed it (once per record): what a
   * part profiler would make of the column (`PartProfiler.addHashes`), without hashing the ids again. Undefined
   * when the source's file has no id column.
   *
   * @example
   * const ids = checker.idColumn('leads');
   * if (ids) profiler.addHashes(ids.column, ids.hashes, ids.nulls); // profiler made with `preHashed: [ids.column]`
   */
  idColumn(source: Source): IdColumnHashes | undefined;
  finish(): BlockChecks;
}

/** The id column of a source's records as hashes: see `BlockChecker.idColumn`. */
export interface IdColumnHashes {
  /** The id column's name. */
  column: string;
  /** The 64-bit hashes of the distinct non-empty ids, in the order they first came, interleaved `[hi, lo, …]`. */
  hashes: Uint32Array;
  /** Records whose id is empty or missing. */
  nulls: number;
}

/** The checks that a block runs on its own rows. */
export const BLOCK_CHECK_NAMES: readonly string[] = VALIDATION_CHECKS.map((c) => c.name).filter(
  (n) => !['required_columns', 'balance', 'gate_positives', 'gate_hard_negatives'].includes(n),
);

/**
 * Creates the checker of one block of a dataset while it is generated: value formats, id presence and
 * uniqueness within the block, truth rows, and every pair check but the gates. Messages name the block
 * and the record id instead of a file line, e.g. `leads.csv id 'L7': email 'x' has no @`. What crosses
 * blocks (ids unique per source, truth rows against records, pairs naming another block's ids, gates)
 * is settled when the blocks' results are merged by `createFoldedValidator`.
 *
 * @example
 * const checker = createBlockChecker({ schema, columns, block: 3 });
 * checker.addRecord('leads', row); checker.addTruth(truthRow); checker.addPair(pair, 'train.parquet');
 * postMessage(checker.finish());
 */
export function createBlockChecker(options: BlockCheckerOptions): BlockChecker {
  const { block } = options;
  const files = {} as Record<Source, string>;
  for (const s of SOURCES) files[s] = options.fileNames?.[s] ?? `${s}.csv`;
  const truthFile = options.fileNames?.truth ?? 'truth.csv';
  const tallies = new Map<string, CheckTally>(BLOCK_CHECK_NAMES.map((n) => [n, new CheckTally(n)]));
  // The record checks tally each source apart, joined in source order by `finish`: a check's examples list the
  // leads first, then sales, then financial, however the sources' records interleave.
  const sourceTallies = new Map<Source, Map<string, CheckTally>>(SOURCES.map((s) => [s, new Map()]));
  const tallyOf = (source: Source) => (name: string) => {
    if (!tallies.has(name))
      throw new ValidationError(`check '${name}' is not run in a block`, { field: 'check', value: name });
    const own = sourceTallies.get(source) as Map<string, CheckTally>;
    let t = own.get(name);
    if (!t) own.set(name, (t = new CheckTally(name)));
    return t;
  };
  const plans = new Map<Source, SourcePlan>();
  for (const s of SOURCES) {
    if (!options.schema.entities[s])
      throw new ValidationError(`The schema has no entity '${s}'`, { field: `schema.entities.${s}` });
    plans.set(
      s,
      planSource(s, options.schema.entities[s], options.columns[s], files[s], !!options.piiHashed, tallyOf(s)),
    );
  }
  const columnPlans = new Map<Source, ColumnChecks>(
    SOURCES.map((s) => [s, planColumnChecks(plans.get(s) as SourcePlan)]),
  );
  /** Per source, the values each check tested in the batch being checked (see `passColumnChecks`). */
  const checkedOf = new Map<Source, number[]>(SOURCES.map((s) => [s, []]));
  const uniqueOf = new Map(SOURCES.map((s) => [s, tallyOf(s)('unique_ids')]));
  const ids = new Map(SOURCES.map((s) => [s, new SourceIds()]));
  const rowsSeen = new Map<Source, number>(SOURCES.map((s) => [s, 0]));
  const truth = tallies.get('truth_complete') as CheckTally;
  let truthRows = 0;
  /** Names the truth row being checked, for a failure only. */
  const where = () => `${truthFile} block ${block} row ${truthRows}`;
  const lookup = new Map<Source, RecordIdSet>(
    SOURCES.map((s) => {
      const set = (ids.get(s) as SourceIds).records;
      return [s, { has: (id) => set.hasString(id), hasHash: (hi, lo) => set.has(hi, lo) }];
    }),
  );
  const pairs = new PairChecker(lookup, (file, row) => `${file} block ${block} row ${row}`);

  /** Checks the id of record `n` of `source` (present, unique in the block) and keeps it. */
  const addId = (source: Source, plan: SourcePlan, id: string, n: number) =>
    addIdTo(uniqueOf.get(source) as CheckTally, ids.get(source) as SourceIds, plan, id, n);
  /** `addId` given the source's `unique_ids` tally and ids (looked up once per batch). */
  const addIdTo = (unique: CheckTally, own: SourceIds, plan: SourcePlan, id: string, n: number) => {
    unique.checked++;
    if (id === '') {
      own.emptyRecords++;
      unique.fail(`${plan.file} block ${block} row ${n}: ${plan.idColumn} is empty`);
    } else if (!own.addRecord(id))
      unique.fail(`${plan.file} block ${block} row ${n}: ${plan.idColumn} ${quote(id)} is not unique`);
  };
  const planOf = (source: Source) => {
    const plan = plans.get(source);
    if (!plan) throw new ValidationError(`Unknown source '${String(source)}'`, { field: 'source', value: source });
    return plan;
  };
  const addRecord = (source: Source, row: Record<string, string>) => {
    const plan = planOf(source);
    const n = (rowsSeen.get(source) as number) + 1;
    rowsSeen.set(source, n);
    const id = plan.idColumn === undefined ? '' : (row[plan.idColumn] ?? '');
    checkValues(plan, row, () => (id === '' ? `block ${block} row ${n}` : `id ${quote(id)}`));
    if (plan.idColumn !== undefined) addId(source, plan, id, n);
  };

  return {
    addRecord,
    addRecords(source, rows) {
      const plan = planOf(source);
      const columns = columnPlans.get(source) as ColumnChecks;
      const checked = checkedOf.get(source) as number[];
      forEachChunk(rows, (chunk) => {
        const values = columns.read(chunk);
        if (!passColumnChecks(plan, columns, values, chunk, checked)) {
          for (const row of chunk) addRecord(source, row);
          return;
        }
        plan.checks.forEach((check, k) => (check.tally.checked += checked[k]));
        const first = rowsSeen.get(source) as number;
        rowsSeen.set(source, first + chunk.length);
        if (columns.idAt < 0) return;
        const column = values[columns.idAt];
        const unique = uniqueOf.get(source) as CheckTally;
        const own = ids.get(source) as SourceIds;
        for (let r = 0; r < column.length; r++) addIdTo(unique, own, plan, column[r] ?? '', first + r + 1);
      });
    },
    addTruth(row) {
      truthRows++;
      truth.checked++;
      const source = (row['source'] ?? '') as Source;
      const id = row['id'] ?? '';
      const own = ids.get(source);
      if (!own) return truth.fail(`${where()}: source ${quote(source)} is not leads, sales or financial`);
      if (id === '') return truth.fail(`${where()}: id is empty`);
      if (!own.addTruth(id)) return truth.fail(`${where()}: ${source} id ${quote(id)} has a second truth row`);
    },
    addPair(pair, file) {
      pairs.add(pair, file);
    },
    idColumn(source) {
      const column = planOf(source).idColumn;
      if (column === undefined) return undefined;
      const own = ids.get(source) as SourceIds;
      return { column, hashes: own.orderedRecordHashes(), nulls: own.emptyRecords };
    },
    finish() {
      const recordHashes = {} as Record<Source, Uint32Array>;
      const truthHashes = {} as Record<Source, Uint32Array>;
      const strays: StrayId[] = [];
      for (const source of SOURCES) {
        const own = ids.get(source) as SourceIds;
        recordHashes[source] = own.records.toArray();
        truthHashes[source] = own.truthHashes(recordHashes[source]);
        for (const id of own.strays(recordHashes[source], truthHashes[source])) strays.push({ source, id });
      }
      const computed = [pairs.keys, pairs.label, pairs.ids, pairs.disjoint];
      for (const t of computed) tallies.set(t.name, t);
      /** A check's part: the record tallies of each source in turn, then those of truth rows and pairs. */
      const joinedPart = (name: string): CheckPart => {
        const joined = new CheckTally(name);
        for (const s of SOURCES) {
          const own = sourceTallies.get(s)?.get(name);
          if (own) joined.merge(own.toPart());
        }
        joined.merge((tallies.get(name) as CheckTally).toPart());
        return joined.toPart();
      };
      return {
        block,
        checks: BLOCK_CHECK_NAMES.map((n) => joinedPart(n)),
        recordIds: recordHashes,
        truthIds: truthHashes,
        truthRows,
        strays,
        pendingPairs: pairs.takePending(),
        pairCounts: { positives: { ...pairs.counts.positives }, negatives: structuredClone(pairs.counts.negatives) },
      };
    },
  };
}
