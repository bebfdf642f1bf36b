import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createCommitGroup } from './commit-group';
import { createCsvWriter } from './create-csv-writer';
import { createParquetWriter } from './create-parquet-writer';
import { removeOpenTemporaries } from './remove-open-temporaries';
import { testDir } from './testing-internal/test-dir';
import { writeFileAtomic } from './write-file-atomic';

describe(createCommitGroup, () => {
  let t: ReturnType<typeof testDir>;
  beforeEach(() => (t = testDir()));
  afterEach(() => t.remove());

  async function writeAll(group: ReturnType<typeof createCommitGroup>, tag: string) {
    const csv = createCsvWriter(t.path('a.csv'), ['id'], { group });
    await csv.write({ id: tag });
    await csv.close();
    const pq = createParquetWriter(t.path('b.parquet'), [{ name: 'id', type: 'utf8' }], { group });
    await pq.write({ id: tag });
    await pq.close();
    await writeFileAtomic(t.path('c.json'), `"${tag}"`, { group });
    return [csv.tempPath, pq.tempPath];
  }

  it('should keep every earlier file until commit, then replace them all at once', async () => {
    writeFileSync(t.path('a.csv'), 'id\nold\n');
    writeFileSync(t.path('c.json'), '"old"');
    const group = createCommitGroup();
    const [csvTemp] = await writeAll(group, 'new');
    expect(readFileSync(t.path('a.csv'), 'utf8')).toBe('id\nold\n');
    expect(readFileSync(t.path('c.json'), 'utf8')).toBe('"old"');
    expect(existsSync(t.path('b.parquet'))).toBe(false);
    expect(readFileSync(csvTemp, 'utf8')).toBe('id\nnew\n');
    expect(group.held).toHaveLength(3);
    group.commit();
    expect(readFileSync(t.path('a.csv'), 'utf8')).toBe('id\nnew\n');
    expect(readFileSync(t.path('c.json'), 'utf8')).toBe('"new"');
    expect(existsSync(t.path('b.parquet'))).toBe(true);
    expect(readdirSync(t.dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('should delete held temporaries on discard and on a signal-style cleanup, leaving earlier files', async () => {
    writeFileSync(t.path('a.csv'), 'id\nold\n');
    const group = createCommitGroup();
    await writeAll(group, 'new');
    group.discard();
    expect(readFileSync(t.path('a.csv'), 'utf8')).toBe('id\nold\n');
    expect(readdirSync(t.dir).filter((f) => f.includes('.tmp-'))).toEqual([]);

    const again = createCommitGroup();
    await writeAll(again, 'newer');
    expect(removeOpenTemporaries().length).toBe(3);
    expect(readFileSync(t.path('a.csv'), 'utf8')).toBe('id\nold\n');
    expect(readdirSync(t.dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });
});
