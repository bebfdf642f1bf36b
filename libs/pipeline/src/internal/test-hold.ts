import { writeFileSync } from 'node:fs';

/**
 * The environment variable an end-to-end test sets to a file path to stop a run at a known point (see
 * {@link holdIfAsked}). Test-only, like `SYNTH_INTERNAL_TEST_FAULT`: never an option or a flag.
 */
export const HOLD_ENV = 'SYNTH_INTERNAL_TEST_HOLD';

/**
 * Test-only. When `$SYNTH_INTERNAL_TEST_HOLD` names a file, creates that file (empty) and never resolves, keeping
 * the process alive until it is killed; otherwise resolves at once. The run calls it where every output is a
 * complete temporary and nothing is renamed yet (before the read-back), so that a test can kill the process at
 * exactly that point instead of guessing it from file sizes and timing.
 */
export function holdIfAsked(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const marker = env[HOLD_ENV];
  if (!marker) return Promise.resolve();
  writeFileSync(marker, '');
  // A timer keeps the event loop (and so the process) alive; a pending promise alone would not.
  return new Promise<void>(() => setInterval(() => undefined, 60_000));
}
