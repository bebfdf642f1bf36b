import { PassThrough } from 'node:stream';
import { runCli } from '../cli';

/** Runs the real CLI with captured streams: the test helper of clipanion's `tests/tools.ts`. */
export async function runCapture(
  argv: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const code = await runCli(argv, { stdin: process.stdin, stdout, stderr } as never, { ...process.env, ...env });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}
