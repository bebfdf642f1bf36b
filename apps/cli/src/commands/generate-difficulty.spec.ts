import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_GENERATION_OPTIONS, DIFFICULTIES, ENTITY_PRESETS, type Difficulty } from '@synth/entities';
import { defaultNoiseProfile, NOISE_PRESETS } from '@synth/noise';
import { summarySchema, validateAgainstSchema } from '@synth/validation';
import { runCapture } from '../testing-internal/run-capture';
import { removeTempRuns, tempRun, TINY } from '../testing-internal/temp-workspace';

jest.setTimeout(120_000);

/** Runs `generate` on the tiny profile with `args` and returns the summary it printed (`--json`). */
async function summaryOf(args: string[]) {
  const run = tempRun();
  const { code, stdout, stderr } = await runCapture(['generate', ...run.flags, ...TINY, '--json', ...args]);
  expect([code, stderr]).toEqual([0, '']);
  const summary = JSON.parse(stdout);
  expect(validateAgainstSchema(summary, summarySchema)).toEqual([]);
  return summary;
}

const configuredRates = (summary: { noise: Record<string, { configured: number }> }) =>
  Object.fromEntries(Object.entries(summary.noise).map(([name, s]) => [name, s.configured]));

describe('synth generate --difficulty (through the real Cli)', () => {
  afterEach(removeTempRuns);

  it('should name the same three presets in the entity and the noise tables, realistic being the defaults', () => {
    expect(Object.keys(ENTITY_PRESETS)).toEqual([...DIFFICULTIES]);
    expect(Object.keys(NOISE_PRESETS)).toEqual([...DIFFICULTIES]);
    expect(NOISE_PRESETS.realistic).toBe(defaultNoiseProfile);
    const { confuserRate, sharedBuildings, contactVariation } = DEFAULT_GENERATION_OPTIONS;
    expect(ENTITY_PRESETS.realistic).toEqual({ confuserRate, sharedBuildings, contactVariation });
  });

  it.each<[string[], Difficulty]>([
    [[], 'realistic'],
    [['--difficulty', 'easy'], 'easy'],
    [['--difficulty', 'HARD'], 'hard'],
  ])('should resolve %j to the %s preset and record every resolved value in the summary', async (args, preset) => {
    const summary = await summaryOf(args);
    const { confuserRate, sharedBuildings, contactVariation } = ENTITY_PRESETS[preset];
    expect(summary.params).toMatchObject({ difficulty: preset, confuserRate, sharedBuildings, contactVariation });
    expect(configuredRates(summary)).toEqual(NOISE_PRESETS[preset].rates);
    expect(summary.noiseProfile.rates).toEqual(NOISE_PRESETS[preset].rates);
  });

  it('should let explicit flags and --noise-profile rates override the preset, and keep the rest of it', async () => {
    const run = tempRun();
    const file = path.join(run.dir, 'noise.json');
    writeFileSync(file, JSON.stringify({ rates: { typo: 0.02 } }));
    const summary = await summaryOf(['--difficulty', 'hard', '--confuser-rate', '0.1', '--noise-profile', file]);
    const hard = ENTITY_PRESETS.hard;
    expect(summary.params).toMatchObject({
      difficulty: 'hard',
      confuserRate: 0.1,
      sharedBuildings: hard.sharedBuildings,
      contactVariation: hard.contactVariation,
    });
    expect(configuredRates(summary)).toEqual({ ...NOISE_PRESETS.hard.rates, typo: 0.02 });
  });

  it('should give different data for different presets at the same seed', async () => {
    const leads = async (difficulty: Difficulty) => {
      const run = tempRun();
      await runCapture(['generate', ...run.flags, ...TINY, '--difficulty', difficulty]);
      const text = run.files()['synth/leads.csv'].toString('utf8');
      return text;
    };
    expect(await leads('easy')).not.toEqual(await leads('hard'));
  });

  it('should refuse an unknown preset with exit code 2, the allowed values and no output', async () => {
    const run = tempRun();
    const { code, stdout, stderr } = await runCapture(['generate', ...run.flags, ...TINY, '--difficulty', 'extreme']);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain('--difficulty must be one of easy, realistic, hard (got "extreme").');
    expect(Object.keys(run.files())).toEqual([]);
  });

  it('should document --difficulty and its values in --help', async () => {
    const { code, stdout } = await runCapture(['generate', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--difficulty');
    expect(stdout.replace(/\s+/g, ' ')).toContain('easy, realistic or hard (default: realistic)');
  });
});
