import { readFileSync, writeFileSync } from 'node:fs';
import { IoError } from './io-error';
import { testDir } from './testing-internal/test-dir';
import { writeFileAtomic } from './write-file-atomic';

describe(writeFileAtomic, () => {
  let t: ReturnType<typeof testDir>;
  beforeEach(() => (t = testDir()));
  afterEach(() => t.remove());

  it.each([
    ['a string', '{"seed":42}\n'],
    ['a buffer', Buffer.from([0, 1, 2, 255])],
  ])('should write %s and leave no temporary', async (_, data) => {
    await writeFileAtomic(t.path('reports/summary.json'), data);
    expect(readFileSync(t.path('reports/summary.json'))).toEqual(Buffer.from(data));
    expect(t.list()).toEqual(['reports']);
  });

  it('should replace an existing file', async () => {
    writeFileSync(t.path('s.json'), 'old');
    await writeFileAtomic(t.path('s.json'), 'new');
    expect(readFileSync(t.path('s.json'), 'utf8')).toBe('new');
    expect(t.list()).toEqual(['s.json']);
  });

  it('should throw an IoError and keep the folder clean when the target cannot be written', async () => {
    writeFileSync(t.path('blocker'), 'a file where a folder should be');
    const error = await writeFileAtomic(t.path('blocker/s.json'), 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IoError);
    expect(error).toMatchObject({ path: t.path('blocker/s.json'), operation: 'write' });
    expect((error as Error).message).toMatch(/^Cannot write .*blocker\/s\.json: /);
    expect(t.list()).toEqual(['blocker']);
  });
});
