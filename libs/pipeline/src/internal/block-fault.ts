import type { Source } from '@synth/features';
import type { ColumnBatch, ColumnValues } from '@synth/io';
import type { SchemaSpec } from '@synth/schema';

/**
 * A defect planted in one block's output after rendering, so that tests can prove the folded checks catch
 * what a re-read catches. Test-only: read from the {@link FAULT_ENV} environment variable (JSON) by the main
 * thread, carried to worker threads in the block context (`workerData`); never an option or a flag.
 *
 * - `bad-email`: the block's first leads record with an email gets one without '@';
 * - `duplicate-id`: the block's second leads record takes the id of its first;
 * - `set-id`: the block's first leads record takes `id` (e.g. an id of another block);
 * - `missing-pair-id`: the block's first pair names `id_a` 'no-such-id', a record of no file.
 */
export interface BlockFault {
  block: number;
  kind: 'bad-email' | 'duplicate-id' | 'set-id' | 'missing-pair-id';
  id?: string;
}

/** The environment variable a test sets to plant a {@link BlockFault}, e.g. `{"block":0,"kind":"bad-email"}`. */
export const FAULT_ENV = 'SYNTH_INTERNAL_TEST_FAULT';

const KINDS: readonly string[] = ['bad-email', 'duplicate-id', 'set-id', 'missing-pair-id'];

/** The planted fault of this process, or null (the variable unset); a malformed value is an error. */
export function faultFromEnv(env: NodeJS.ProcessEnv = process.env): BlockFault | null {
  const text = env[FAULT_ENV];
  if (!text) return null;
  const fault = JSON.parse(text) as BlockFault;
  if (!Number.isInteger(fault.block) || !KINDS.includes(fault.kind))
    throw new Error(`${FAULT_ENV} must be {"block": n, "kind": ${KINDS.join('|')}}, got ${text}`);
  return fault;
}

const column = (schema: SchemaSpec, kind: string) => schema.entities.leads.fields.find((f) => f.kind === kind)?.name;

/** Gives a record of a block as it will be written: the same object, or a copy with a planted defect. */
export type RecordPlanter = (source: Source, row: Record<string, string>) => Record<string, string>;

/**
 * The planter of a record fault of `block`, to be called on each of its records in file order as they are
 * written (after PII hashing), so the defect lands in what is written and checked; null for other blocks and
 * without a fault. It remembers what it needs of earlier records (e.g. the first leads id for `duplicate-id`).
 */
export function recordFaultPlanter(
  fault: BlockFault | null | undefined,
  block: number,
  schema: SchemaSpec,
): RecordPlanter | null {
  if (!fault || fault.block !== block) return null;
  const email = column(schema, 'email');
  const id = column(schema, 'id');
  let leads = 0;
  let firstId = '';
  let planted = false;
  return (source, row) => {
    if (source !== 'leads') return row;
    const index = leads++;
    if (fault.kind === 'bad-email' && email) {
      if (planted || !row[email]) return row;
      planted = true;
      return { ...row, [email]: 'no-at-sign.example.com' };
    }
    if (fault.kind === 'duplicate-id' && id) {
      if (index === 0) firstId = row[id];
      return index === 1 ? { ...row, [id]: firstId } : row;
    }
    if (fault.kind === 'set-id' && id && index === 0) return { ...row, [id]: fault.id ?? '' };
    return row;
  };
}

/**
 * Plants a pair fault of `block` into its pair table: the table with the first pair's `id_a` replaced (the
 * given table is not changed); the table itself for other blocks.
 */
export function plantPairFault<T extends ColumnBatch>(
  fault: BlockFault | null | undefined,
  block: number,
  table: T,
): T {
  const ids = table.columns['id_a'];
  if (fault?.block !== block || fault.kind !== 'missing-pair-id' || ids?.type !== 'utf8' || table.length === 0) {
    return table;
  }
  const id_a: ColumnValues = { type: 'utf8', values: ['no-such-id', ...ids.values.slice(1)] };
  return { ...table, columns: { ...table.columns, id_a } };
}
