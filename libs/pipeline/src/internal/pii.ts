import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { optionError } from './check-option';

/** Environment variable that holds the PII salt for `--pii hashed`. */
export const SALT_ENV = 'SYNTH_PII_SALT';

/**
 * The salt for `--pii hashed`: the file given by `--salt-file` (its content, trailing newline removed), else
 * `$SYNTH_PII_SALT`. Missing or empty ⇒ an input `PipelineError`. The salt itself is never printed or written
 * anywhere.
 */
export function resolveSalt(saltFile: string | null, env: NodeJS.ProcessEnv = process.env): string {
  if (saltFile !== null) {
    let text: string;
    try {
      text = readFileSync(saltFile, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
      const fix = `Give a readable file holding the salt, or set ${SALT_ENV}.`;
      throw optionError('saltFile', ` ${saltFile} cannot be read (${code}). ${fix}`);
    }
    const salt = text.replace(/\r?\n$/, '');
    if (salt.length === 0) throw optionError('saltFile', ` ${saltFile} is empty; the salt must not be empty.`);
    return salt;
  }
  const salt = env[SALT_ENV];
  if (!salt) {
    throw optionError(
      'pii',
      ` hashed needs a salt: set the environment variable ${SALT_ENV} or give a salt file. ` +
        'The salt is never written anywhere.',
    );
  }
  return salt;
}

/** Replaces every non-empty PII column of `row` by hex `sha256(salt + value)`; empty values stay empty. */
export function hashPii(
  row: Record<string, string>,
  piiColumns: readonly string[],
  salt: string,
): Record<string, string> {
  const out = { ...row };
  for (const column of piiColumns) {
    const value = out[column];
    // The one-shot `hash`: the digest `createHash` gives, without a Hash object per value.
    if (value) out[column] = hash('sha256', salt + value, 'hex');
  }
  return out;
}
