import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { readCsv } from '@synth/io';

const SOURCES = ['leads', 'sales', 'financial'] as const;
const RENAMED: Record<string, string> = { account: 'company', billing_address: 'address' };
const SHA256_HEX = /^[0-9a-f]{64}$/;
const SPLINK_COLUMNS = ['unique_id', 'source_dataset', 'cluster_id', 'email', 'phone', 'first_name', 'last_name'];
SPLINK_COLUMNS.push('company', 'address', 'city', 'state', 'zip', 'country');

/** What a check found wrong (empty when the export is right), for `expect(problems).toEqual([])`. */
export type Problems = { what: string; got: unknown; want: unknown }[];

function recorder(): [Problems, (what: string, got: unknown, want: unknown) => void] {
  const problems: Problems = [];
  return [problems, (what, got, want) => void (isDeepStrictEqual(got, want) || problems.push({ what, got, want }))];
}

/** One DuckDB query's rows as plain JS objects (BigInt counts as numbers). */
export async function duck(sql: string): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  try {
    const rows = (await con.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
    const plain = (v: unknown) => (typeof v === 'bigint' ? Number(v) : v);
    return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(v)])));
  } finally {
    con.closeSync();
    db.closeSync();
  }
}

/** The single value of a one-row, one-column query. */
export async function duckValue(sql: string): Promise<unknown> {
  return Object.values((await duck(sql))[0])[0];
}

/** SQL snippets naming a generated dataset's files (whole files, not shards). */
export function datasetSql(dir: string) {
  const q = (p: string) => `'${p.replace(/'/g, "''")}'`;
  const csv = (p: string) => `read_csv(${q(p)}, all_varchar = true, header = true)`;
  const splits = ['train', 'valid', 'test'].map((s) => q(path.join(dir, 'pairs', `${s}.parquet`)));
  return {
    csv,
    q,
    source: (s: string) => csv(path.join(dir, 'synth', `${s}.csv`)),
    truth: csv(path.join(dir, 'synth', 'truth.csv')),
    pairs: `read_parquet([${splits.join(', ')}])`,
    train: `read_parquet(${splits[0]})`,
  };
}

/** Every record of the dataset's three sources, by `<source>/<id>`, with its columns renamed as exports name them. */
export async function sourceRecords(dir: string): Promise<Map<string, Record<string, string>>> {
  const out = new Map<string, Record<string, string>>();
  for (const s of SOURCES) {
    for await (const row of readCsv(path.join(dir, 'synth', `${s}.csv`))) {
      out.set(`${s}/${row['id']}`, Object.fromEntries(Object.entries(row).map(([k, v]) => [RENAMED[k] ?? k, v])));
    }
  }
  return out;
}

/**
 * The Splink export in `out`, read back with DuckDB against the dataset in `dir` (written by `tempRun`'s
 * flags): row counts equal records and pairs, `cluster_id` = truth's `entity_id`, `clerical_match_score` = `y`,
 * every pair's ids in `records`, records.csv = records.parquet, shared columns renamed. Returns the counts.
 */
export async function checkSplinkExport(dir: string, out: string) {
  const [problems, want] = recorder();
  const d = datasetSql(dir);
  const records = `read_parquet(${d.q(path.join(out, 'records.parquet'))})`;
  const recordsCsv = d.csv(path.join(out, 'records.csv'));
  const labels = d.csv(path.join(out, 'labels.csv'));
  const count = async (from: string) => (await duckValue(`select count(*) from ${from}`)) as number;
  let sourceCount = 0;
  for (const s of SOURCES) sourceCount += await count(d.source(s));
  const pairCount = await count(d.pairs);
  want(
    'columns',
    (await duck(`describe select * from ${records}`)).map((r) => r['column_name']),
    SPLINK_COLUMNS,
  );
  want('records', await count(records), sourceCount);
  want('distinct unique_id', await duckValue(`select count(distinct unique_id) from ${records}`), sourceCount);
  want('records.csv rows', await count(recordsCsv), sourceCount);
  const onlyParquet = `(select * from ${records} except all select * from ${recordsCsv})`;
  want('records.csv = records.parquet', await count(onlyParquet), 0);
  const truthJoin = 'r.source_dataset = t.source and r.unique_id = t.id and r.cluster_id = t.entity_id';
  want('cluster_id = entity_id', await count(`${records} r join ${d.truth} t on ${truthJoin}`), sourceCount);
  const financialJoin = "r.source_dataset = 'financial' and r.unique_id = f.id";
  const financial = `${records} r join ${d.source('financial')} f on ${financialJoin}`;
  const renamedWrong = 'r.company is distinct from f.account or r.address is distinct from f.billing_address';
  want('company = account, address = billing_address', await count(`${financial} where ${renamedWrong}`), 0);
  want('labels', await count(labels), pairCount);
  const sameKeys =
    'l.source_dataset_l = p.src_a and l.unique_id_l = p.id_a and ' +
    'l.source_dataset_r = p.src_b and l.unique_id_r = p.id_b';
  const sameLabel = 'l.split = p.split and l.pair_kind = p.pair_kind and cast(l.clerical_match_score as integer) = p.y';
  want('score = y', await count(`${labels} l join ${d.pairs} p on ${sameKeys} and ${sameLabel}`), pairCount);
  for (const side of ['l', 'r']) {
    const on = `l.source_dataset_${side} = r.source_dataset and l.unique_id_${side} = r.unique_id`;
    want(`${side} ids in records`, await count(`${labels} l anti join ${records} r on ${on}`), 0);
  }
  return { records: sourceCount, pairs: pairCount, problems };
}

/** dedupe's training.json: parses, holds the train split (match = y 1), each side a whole source record. */
export async function checkDedupeExport(dir: string, out: string) {
  const [problems, want] = recorder();
  type Training = Record<'match' | 'distinct', Record<string, string | null>[][]>;
  const training = JSON.parse(readFileSync(path.join(out, 'training.json'), 'utf8')) as Training;
  want('keys', Object.keys(training).sort(), ['distinct', 'match']);
  const train = await duck(`select src_a, id_a, src_b, id_b, y from ${datasetSql(dir).train}`);
  const label = new Map(train.map((p) => [`${p['src_a']}/${p['id_a']}|${p['src_b']}/${p['id_b']}`, p['y']]));
  const sources = await sourceRecords(dir);
  for (const kind of ['match', 'distinct'] as const) {
    for (const pair of training[kind]) {
      const keys = pair.map((r) => `${r['source_dataset']}/${r['unique_id']}`);
      const y = kind === 'match' ? 1 : 0;
      want(`${kind} ${keys.join(' | ')}: 2 records, y`, [pair.length, label.get(keys.join('|'))], [2, y]);
      for (const [i, record] of pair.entries()) {
        const source = sources.get(keys[i]);
        want(`${keys[i]} is a source record`, source !== undefined, true);
        // Every source field, under its export name, with its value ('' ⇒ null).
        for (const [field, value] of Object.entries(source ?? {})) {
          const expected = value === '' ? null : value;
          if (record[field] !== expected) want(`${keys[i]}.${field}`, record[field], expected);
        }
      }
    }
  }
  want('pairs = train pairs', training.match.length + training.distinct.length, train.length);
  want('match = train y 1', training.match.length, train.filter((p) => p['y'] === 1).length);
  return { match: training.match.length, distinct: training.distinct.length, problems: problems.slice(0, 10) };
}

/** Zingg's training-samples.csv: two rows per train pair sharing z_cluster, z_isMatch = y; fields cover the columns. */
export async function checkZinggExport(dir: string, out: string) {
  const [problems, want] = recorder();
  const d = datasetSql(dir);
  const samples = d.csv(path.join(out, 'training-samples.csv'));
  const trainCount = (await duckValue(`select count(*) from ${d.train}`)) as number;
  const key = `source_dataset || '/' || unique_id`;
  const clusters =
    `select z_cluster, any_value(z_isMatch) m, count(distinct z_isMatch) k, min(${key}) a, max(${key}) b, ` +
    `count(*) n from ${samples} group by z_cluster`;
  const [ka, kb] = [`p.src_a || '/' || p.id_a`, `p.src_b || '/' || p.id_b`];
  const samePair = `((${ka} = z.a and ${kb} = z.b) or (${ka} = z.b and ${kb} = z.a))`;
  const sql = `select count(*) from (${clusters}) z join ${d.train} p on ${samePair} and cast(z.m as integer) = p.y`;
  want('rows = 2 × train pairs', await duckValue(`select count(*) from ${samples}`), 2 * trainCount);
  const pairsOfTwo = await duckValue(`${sql} and z.k = 1 and z.n = 2`);
  want('clusters of 2 rows, one train pair each, z_isMatch = y', pairsOfTwo, trainCount);
  const header = (await duck(`describe select * from ${samples}`)).map((r) => r['column_name']);
  const fields = JSON.parse(readFileSync(path.join(out, 'zingg-fields.json'), 'utf8'));
  const fieldNames = fields.fieldDefinition.map((f: { fieldName: string }) => f.fieldName);
  want('fieldDefinition = record columns', fieldNames, header.slice(2));
  const schemaNames = JSON.parse(fields.trainingSamples[0].schema).fields.map((f: { name: string }) => f.name);
  want('trainingSamples schema = header', schemaNames, header);
  return { pairs: trainCount, problems };
}

/** Whether every non-empty value of `column` in the Splink export is sha256 hex. */
export async function allHashed(out: string, column: string): Promise<boolean> {
  const file = path.join(out, 'records.parquet');
  const values = await duck(`select ${column} v from read_parquet('${file}') where ${column} is not null`);
  return values.length > 0 && values.every((r) => SHA256_HEX.test(String(r['v'])));
}
