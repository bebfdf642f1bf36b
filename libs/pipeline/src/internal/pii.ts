import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { UsageError } from 'clipanion';

/** Environment variable that holds the PII salt for `--pii hashed`. */
export const SALT_ENV = 'SYNTH_PII_SALT';

/**
 * The salt for `--pii hashed`: the file given by `--salt-file` (its content, trailing newline removed), else
 * `$SYNTH_PII_SALT`. Missing or empty ⇒ `UsageError`. The salt itself is never printed or written anywhere.
 */
export function resolveSalt(saltFile: string | null, env: NodeJS.ProcessEnv = process.env): string {
  if (saltFile !== null) {
    let text: string;
    try {
      text = readFileSync(saltFile, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
      throw new UsageError(`--salt-file ${saltFile} cannot be read (${code}). Give a readable file holding the salt, or set ${SALT_ENV}.`);
    }
    const salt = text.replace(/\r?\n$/, '');
    if (salt.length === 0) throw new UsageError(`--salt-file ${saltFile} is empty; the salt must not be empty.`);
    return salt;
  }
  const salt = env[SALT_ENV];
  if (!salt) {
    throw new UsageError(
      `--pii hashed needs a salt: set the environment variable ${SALT_ENV} or give --salt-file <path>. The salt is never written to any output.`,
    );
  }
  return salt;
}

/** Replaces every non-empty PII column of `row` by hex `sha256(salt + value)`; empty values stay empty. */
export function hashPii(row: Record<string, string>, piiColumns: readonly string[], salt: string): Record<string, string> {
  const out = { ...row };
  for (const column of piiColumns) {
    const value = out[column];
    if (value) out[column] = createHash('sha256').update(salt + value).digest('hex');
  }
  return out;
}
