import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { summarySchema, validateAgainstSchema } from '@synth/validation';
import type { DifficultySummary } from '@synth/validation';
import { runCapture } from '../testing-internal/run-capture';
import { tempRun, removeTempRuns } from '../testing-internal/temp-workspace';

jest.setTimeout(180_000);

const PROFILE = ['--n-leads', '3000', '--n-sales', '600', '--n-financial', '400', '--no-gates'];
const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);
const n = (v: number) => v.toLocaleString('en-US');
const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

describe('synth generate: difficulty in the summary, the report and the table (through the real Cli)', () => {
  afterEach(removeTempRuns);
  it('should print the summary figures in the table lines, and count the same with hashed PII', async () => {
    const plain = tempRun();
    const hashed = tempRun();
    const salt = path.join(hashed.dir, 'salt');
    writeFileSync(salt, 'pepper');
    const a = await runCapture(['generate', ...plain.flags, ...PROFILE]);
    const b = await runCapture(['generate', ...hashed.flags, ...PROFILE, '--pii', 'hashed', '--salt-file', salt]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const summary = JSON.parse(read(plain.dir, 'reports/synth_summary.json'));
    expect(validateAgainstSchema(summary, summarySchema)).toEqual([]);
    const d: DifficultySummary = summary.difficulty;
    expect(d.linearity).not.toBeNull();
    expect(d.randomForest).not.toBeNull();
    const { train, valid, test } = summary.pairs;
    expect(d.positives).toBe(train.positives + valid.positives + test.positives);
    const lin = d.linearity as NonNullable<DifficultySummary['linearity']>;
    const rf = d.randomForest as NonNullable<DifficultySummary['randomForest']>;
    const gap = d.nonLinearGap as number;
    expect(a.stdout).toContain(
      `difficulty: best single feature ${lin.feature} F1 ${lin.testF1.toFixed(3)}; ` +
        `logistic regression F1 ${(d.logisticF1 as number).toFixed(3)}; ` +
        `random forest F1 ${rf.f1.toFixed(3)}; non-linear gap ${gap >= 0 ? '+' : ''}${gap.toFixed(3)}\n`,
    );
    expect(a.stdout).toContain(
      `  name-only positives ${pct(d.nameOnlyPositiveShare)} (${n(d.nameOnlyPositives)} of ${n(d.positives)}); ` +
        `name variation ${pct(d.nameVariationRate)} of positives; ` +
        `homonymy ${pct(d.homonymyRate)} (${n(d.homonymousEntities)} of ${n(d.entities)} entities)\n`,
    );
    const kinds = Object.entries(rf.errorByKind)
      .map(([k, e]) => `${k} ${pct(e.rate)}`)
      .join(', ');
    expect(a.stdout).toContain(`  random forest error per pair kind (test): ${kinds}\n`);
    const html = read(plain.dir, 'reports/synth_summary.html');
    expect(html).toContain('<section id="difficulty"><h2>Difficulty</h2>');
    expect(html).toContain(`<td>linearity: best single-feature threshold</td><td>${lin.testF1.toFixed(3)}</td>`);
    // The exact counts are taken on the plain values, so hashing the written PII changes none of them.
    const other: DifficultySummary = JSON.parse(read(hashed.dir, 'reports/synth_summary.json')).difficulty;
    const counts = (x: DifficultySummary) => [
      x.positives,
      x.nameOnlyPositives,
      x.nameVariationPositives,
      x.entities,
      x.homonymousEntities,
    ];
    expect(counts(other)).toEqual(counts(d));
  });
});
