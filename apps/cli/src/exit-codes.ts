/** Exit codes of `synth`, documented in `synth --help` and README. */
export const EXIT = {
  /** Everything ran and every validation check passed. */
  ok: 0,
  /** A validation check or gate failed, or an unexpected error occurred (printed with its stack). */
  failed: 1,
  /** Usage or input error: a bad flag, an unreadable or malformed file; nothing was written. */
  usage: 2,
  /** Environment error: full disk, no permission, read-only file system, too many open files. */
  environment: 3,
} as const;
