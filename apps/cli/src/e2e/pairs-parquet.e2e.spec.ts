import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { featureNames } from '@synth/features';
import { readCsv } from '@synth/io';
import { tempRun } from '../testing-internal/temp-workspace';
import { assertBuilt, runBinary } from './run-binary';

jest.setTimeout(180_000);

describe('the pair parquet files, read back by an independent reader (DuckDB)', () => {
  const run = tempRun('synth-parquet-', true);
  beforeAll(() => {
    assertBuilt();
    expect(runBinary(['generate', ...run.flags, '--dev']).code).toBe(0);
  });
  afterAll(() => run.remove());

  it(
    'should hold exactly the pairs of pairs.csv, value for value, ' + 'nulls included, with the documented types',
    async () => {
      const csv: Record<string, string>[] = [];
      for await (const row of readCsv(path.join(run.dir, 'pairs/pairs.csv'))) csv.push(row);
      const db = await DuckDBInstance.create(':memory:');
      const con = await db.connect();
      const rows: Record<string, unknown>[] = [];
      for (const split of ['train', 'valid', 'test']) {
        const file = path.join(run.dir, `pairs/${split}.parquet`);
        const result = await con.runAndReadAll(`select * from read_parquet('${file}')`);
        rows.push(...(result.getRowObjectsJS() as Record<string, unknown>[]));
        const types = await con.runAndReadAll(
          `select column_name, column_type from (describe select * from read_parquet('${file}'))`,
        );
        const byName = Object.fromEntries(
          (types.getRowObjectsJS() as { column_name: string; column_type: string }[]).map((t) => [
            t.column_name,
            t.column_type,
          ]),
        );
        expect(Object.keys(byName)).toEqual([
          'src_a',
          'id_a',
          'src_b',
          'id_b',
          'y',
          'pair_kind',
          'split',
          ...featureNames,
        ]);
        expect(byName['y']).toBe('INTEGER');
        for (const f of featureNames) expect(byName[f]).toBe('DOUBLE');
      }
      expect(rows.length).toBe(csv.length);
      expect(rows.length).toBeGreaterThan(1000);
      const key = (r: Record<string, unknown>) => `${r['src_a']}/${r['id_a']}/${r['src_b']}/${r['id_b']}`;
      const fromCsv = new Map(csv.map((r) => [key(r), r]));
      let nulls = 0;
      for (const r of rows) {
        const c = fromCsv.get(key(r));
        if (!c) throw new Error(`pair ${key(r)} is in the parquet files but not in pairs.csv`);
        expect(String(r['y'])).toBe(c['y']);
        expect(r['pair_kind']).toBe(c['pair_kind']);
        expect(r['split']).toBe(c['split']);
        for (const f of featureNames) {
          if (c[f] === '') {
            nulls++;
            expect(r[f]).toBeNull();
          } else expect(r[f]).toBe(Number(c[f]));
        }
      }
      expect(nulls).toBeGreaterThan(0);
    },
  );
});
