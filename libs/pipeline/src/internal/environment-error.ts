import { PipelineError } from '../pipeline-error';

/** What each environment error means and what to do, by system error code. */
export const ENVIRONMENT_ERRORS: Readonly<Record<string, { what: string; fix: string }>> = {
  ENOSPC: { what: 'no space left on the device', fix: 'free some space or write to another disk' },
  EACCES: { what: 'permission denied', fix: 'give a folder you may write to, or change its permissions' },
  EPERM: { what: 'operation not permitted', fix: 'give a folder you may write to, or change its permissions' },
  EROFS: { what: 'read-only file system', fix: 'write to a writable file system' },
  EMFILE: { what: 'too many open files', fix: 'raise the open-file limit (ulimit -n) or use fewer workers' },
  ENFILE: { what: 'too many open files in the system', fix: 'raise the system open-file limit or use fewer workers' },
  EDQUOT: { what: 'disk quota exceeded', fix: 'free some space or write to another disk' },
};

function find(error: unknown): { code: string; file: string | undefined } | null {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { code, path } = e as { code?: unknown; path?: unknown };
    if (typeof code === 'string' && code in ENVIRONMENT_ERRORS) {
      const outer = (error as { path?: unknown }).path;
      return { code, file: typeof outer === 'string' ? outer : typeof path === 'string' ? path : undefined };
    }
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

/**
 * The environment `PipelineError` for a system error (or an error caused by one) whose code is in
 * {@link ENVIRONMENT_ERRORS}, naming the file, what happened and what to do; null for any other error.
 */
export function environmentError(error: unknown): PipelineError | null {
  if (error instanceof PipelineError) return null;
  const hit = find(error);
  if (!hit) return null;
  const { what, fix } = ENVIRONMENT_ERRORS[hit.code];
  const where = hit.file === undefined ? '' : `${hit.file}: `;
  const detail = `${where}${what} (${hit.code}); ${fix}. Earlier outputs are untouched and temporaries removed.`;
  return new PipelineError('environment', detail, { file: hit.file, code: hit.code, cause: error });
}
