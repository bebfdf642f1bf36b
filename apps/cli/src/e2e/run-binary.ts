import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../testing-internal/temp-workspace';

/** The built binary (`nx test cli` builds it first: the test target depends on build). */
export const BINARY = path.join(REPO_ROOT, 'dist/apps/cli/main.js');

export function assertBuilt(): void {
  if (!existsSync(BINARY))
    throw new Error(`${BINARY} is missing: run \`npx nx build cli\` (nx test cli does it for you)`);
}

/** Runs the built `synth` binary to completion, without a TTY. */
export function runBinary(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [BINARY, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    cwd: REPO_ROOT,
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the built binary in the background, without a TTY. */
export function startBinary(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, [BINARY, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
    cwd: REPO_ROOT,
  });
}
