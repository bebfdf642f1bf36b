import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, SCHEMA, tempDirs } from './testing-internal/temp-dirs';
import { makeSamples } from './make-samples';

jest.setTimeout(180_000);

describe(makeSamples, () => {
  const temp = tempDirs('synth-samples-test-');
  afterEach(() => temp.removeAll());

  it('should reproduce the committed samples/ exactly (run `npm run samples` when this fails)', async () => {
    const run = temp.make();
    const files = await makeSamples(run.dir, { schema: SCHEMA });
    const committed = path.join(REPO_ROOT, 'samples');
    expect(
      readdirSync(committed)
        .filter((f) => f.endsWith('.csv'))
        .sort(),
    ).toEqual([...files].sort());
    for (const f of files) {
      expect(`${f}:\n${readFileSync(path.join(run.dir, f), 'utf8')}`).toBe(
        `${f}:\n${readFileSync(path.join(committed, f), 'utf8')}`,
      );
    }
  });

  it('should show duplicates and every pair kind', () => {
    const pairs = readFileSync(path.join(REPO_ROOT, 'samples/pairs.csv'), 'utf8');
    for (const kind of [
      'pos_cross_source',
      'pos_within_source',
      'neg_email_local',
      'neg_similar_name',
      'neg_zip_house',
    ])
      expect(pairs).toContain(kind);
    const leads = readFileSync(path.join(REPO_ROOT, 'samples/leads.csv'), 'utf8').trim().split('\n');
    expect(leads.length).toBeGreaterThanOrEqual(11);
    expect(leads.length).toBeLessThanOrEqual(21);
  });
});
