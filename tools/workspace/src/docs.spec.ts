import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

/**
 * Every file path testing.md names in backticks (`libs/x/src/y.spec.ts`, or `src/…` under a project's heading),
 * with the project folder its heading implies. Generated outputs (`reports/`, `dist/`) are left out.
 */
function namedPaths(): { line: number; file: string; project: string }[] {
  const out: { line: number; file: string; project: string }[] = [];
  let project = '';
  readFileSync(path.join(ROOT, 'testing.md'), 'utf8')
    .split('\n')
    .forEach((text, i) => {
      const heading = /^###\s+(apps\/[a-z-]+|@synth\/([a-z-]+))/.exec(text);
      if (/^##/.test(text)) project = heading ? (heading[2] ? `libs/${heading[2]}` : heading[1]) : '';
      for (const [, file] of text.matchAll(/`([\w./-]+\/[\w.-]+\.(?:ts|mjs|cts|js|json))`/g)) {
        if (!/^(reports|dist)\//.test(file)) out.push({ line: i + 1, file, project });
      }
    });
  return out;
}

describe('testing.md', () => {
  it('should name only files that exist', () => {
    const paths = namedPaths();
    expect(paths.length).toBeGreaterThan(10);
    const missing = paths.filter(
      ({ file, project }) =>
        !existsSync(path.join(ROOT, file)) && !(project && existsSync(path.join(ROOT, project, file))),
    );
    expect(missing.map(({ line, file }) => `testing.md:${line}: ${file}`)).toEqual([]);
  });
});
