import { execFileSync } from 'node:child_process';
import path from 'node:path';

const BOUNDARY_RULE = '@nx/enforce-module-boundaries';
type Message = { ruleId: string | null; message: string };

const forbiddenInternal: [string, string][] = [
  [
    'libs/features/src/violation.ts',
    "import { planEntities } from '@synth/entities';\nexport const x = planEntities;\n",
  ],
  ['libs/features/src/violation.ts', "import { createRng } from '@synth/random';\nexport const x = createRng;\n"],
  ['libs/noise/src/violation.ts', "import { loadSchema } from '@synth/schema';\nexport const x = loadSchema;\n"],
  [
    'libs/pairing/src/violation.ts',
    "import { createCsvWriter } from '@synth/io';\nexport const x = createCsvWriter;\n",
  ],
  ['libs/validation/src/violation.ts', "import { createRng } from '@synth/random';\nexport const x = createRng;\n"],
  ['libs/io/src/violation.ts', "import { runCli } from '../../../apps/cli/src/cli';\nexport const x = runCli;\n"],
  // No lib imports @synth/pipeline: it sits above every lib.
  [
    'libs/validation/src/violation.ts',
    "import { generateDataset } from '@synth/pipeline';\nexport const x = generateDataset;\n",
  ],
  [
    'libs/entities/src/violation.ts',
    "import { renderReport } from '@synth/pipeline';\nexport const x = renderReport;\n",
  ],
  ['libs/io/src/violation.ts', "import { datasetLayout } from '@synth/pipeline';\nexport const x = datasetLayout;\n"],
];
const relative: [string, string] = [
  'libs/features/src/violation.ts',
  "import { createRng } from '../../random/src/create-rng';\nexport const x = createRng;\n",
];
const bannedExternal: [string, string, string][] = [
  [
    'libs/features/src/violation.ts',
    "import seedrandom from 'seedrandom';\nexport const x = seedrandom;\n",
    'seedrandom',
  ],
  [
    'libs/noise/src/violation.ts',
    "import { faker } from '@faker-js/faker';\nexport const x = faker;\n",
    '@faker-js/faker',
  ],
  ['libs/entities/src/violation.ts', "import { Cli } from 'clipanion';\nexport const x = Cli;\n", 'clipanion'],
  ['libs/pipeline/src/violation.ts', "import { Cli } from 'clipanion';\nexport const x = Cli;\n", 'clipanion'],
];
const allowed: [string, string][] = [
  ['libs/entities/src/allowed.ts', "import { createRng } from '@synth/random';\nexport const x = createRng;\n"],
  ['apps/cli/src/allowed.ts', "import { createRng } from '@synth/random';\nexport const x = createRng;\n"],
  // Apps may import @synth/pipeline, and the pipeline every lib.
  [
    'apps/cli/src/allowed.ts',
    "import { generateDataset } from '@synth/pipeline';\nexport const x = generateDataset;\n",
  ],
  ['libs/pipeline/src/allowed.ts', "import { planEntities } from '@synth/entities';\nexport const x = planEntities;\n"],
  ['libs/pipeline/src/allowed.ts', "import { createCsvWriter } from '@synth/io';\nexport const x = createCsvWriter;\n"],
];

const all = [...forbiddenInternal, relative, ...bannedExternal.map(([f, c]) => [f, c]), ...allowed];
let results: Message[][] = [];

/** The boundary-rule messages of case `i` (all cases are linted once, in one child process running the real ESLint). */
const boundaryMessages = (i: number) => results[i].filter((m) => m.ruleId === BOUNDARY_RULE);

describe('module boundaries (eslint.config.mjs depConstraints)', () => {
  beforeAll(() => {
    const input = JSON.stringify(all.map(([file, code]) => ({ file, code })));
    const stdout = execFileSync(process.execPath, [path.join(__dirname, 'lint-as.mjs')], { input, encoding: 'utf8' });
    results = JSON.parse(stdout);
  }, 120_000);

  it.each(forbiddenInternal.map(([file], i) => [file, i]))(
    'should reject a forbidden internal import in %s',
    (_file, i) => {
      const messages = boundaryMessages(i);
      expect(messages).toHaveLength(1);
      const refused = [
        'can only depend on libs tagged with',
        'cannot depend on any libs with tags',
        'Circular dependency between',
        'Projects cannot be imported by a relative',
      ];
      expect(refused.some((r) => messages[0].message.includes(r))).toBe(true);
    },
  );

  it('should reject a relative import from one lib into another', () => {
    const messages = boundaryMessages(forbiddenInternal.length);
    expect(messages).toHaveLength(1);
    expect(messages[0].message).toMatch(/Projects cannot be imported by a relative or absolute path/);
  });

  it.each(bannedExternal.map(([file, , pkg], i) => [file, pkg, forbiddenInternal.length + 1 + i] as const))(
    'should reject a banned third-party import in %s (%s)',
    (_file, pkg, i) => {
      const messages = boundaryMessages(i);
      expect(messages).toHaveLength(1);
      expect(messages[0].message).toContain(`is not allowed to import "${pkg}"`);
    },
  );

  it.each(allowed.map(([file], i) => [file, forbiddenInternal.length + 1 + bannedExternal.length + i] as const))(
    'should accept an import the design allows in %s',
    (_file, i) => {
      expect(results[i]).toEqual([]);
    },
  );
});
