import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import * as pipeline from './index';
import { REPO_ROOT, SCHEMA } from './testing-internal/temp-dirs';

jest.setTimeout(120_000);

/** The first ```ts block of README.md's "Use as a library" section. */
function readmeExample(): string {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Use as a library'));
  const match = /```ts\n([\s\S]*?)```/.exec(section);
  if (!match) throw new Error('README.md has no ```ts block under "## Use as a library"');
  return match[1];
}

describe('README "Use as a library"', () => {
  // The example writes to tmpdir()/synth-library-example, one folder for every run on the machine: two runs at once
  // (CI jobs, worktrees) would write and remove each other's files. Its `node:os` gets a tmpdir() of its own.
  let tmp = '';
  beforeEach(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'synth-readme-'));
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('should run as written and print what its comments say', async () => {
    const source = readmeExample();
    expect(source).toContain("from '@synth/pipeline'");
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    });
    const logs: string[] = [];
    let asked = 0;
    const fakeConsole = { log: (...args: unknown[]) => logs.push(args.map(String).join(' ')) };
    // The schema of the repository: the example runs from the repository root in real life.
    const load = (id: string) =>
      id === '@synth/pipeline'
        ? {
            ...pipeline,
            generateDataset: (o: object, c: object) => pipeline.generateDataset({ schema: SCHEMA, ...o }, c),
            validateDataset: (o: object) => pipeline.validateDataset({ schema: SCHEMA, ...o }),
          }
        : id === 'node:os'
          ? {
              ...os,
              tmpdir: () => {
                asked++;
                return tmp;
              },
            }
          : require(id);
    const run = new Function('require', 'exports', 'console', `return (async () => {\n${outputText}\n})();`);
    await run(load, {}, fakeConsole);
    expect(logs).toContain('1000 true');
    expect(logs).toContain('16 true');
    expect(logs.some((l) => /^generate \d+\/\d+$/.test(l))).toBe(true);
    // It ran in its own folder, and removed it as written.
    expect([asked > 0, existsSync(path.join(tmp, 'synth-library-example'))]).toEqual([true, false]);
  });
});
