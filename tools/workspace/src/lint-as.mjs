// Lints code snippets as if they were files of the workspace, with the root flat config, and prints
// the messages of each as JSON. Run as a child process by boundaries.spec.ts (Jest cannot load ESM configs).
// stdin: [{ "file": "libs/features/src/x.ts", "code": "..." }, ...]
import { ESLint } from 'eslint';
import path from 'node:path';
import { readFileSync } from 'node:fs';

const root = path.resolve(import.meta.dirname, '../../..');
const cases = JSON.parse(readFileSync(0, 'utf8'));
const eslint = new ESLint({ cwd: root });
const out = [];
for (const { file, code } of cases) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  out.push(result.messages.map(({ ruleId, message }) => ({ ruleId, message })));
}
process.stdout.write(JSON.stringify(out));
