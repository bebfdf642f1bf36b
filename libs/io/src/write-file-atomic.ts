import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { IoError } from './io-error';
import { registerTemporary, tempPathFor, unlinkQuietly, unregisterTemporary } from './internal/temporaries';
import { reason } from './internal/reason';

/**
 * Writes a whole file through `<path>.tmp-<pid>` and a rename: readers see the old file or the new one,
 * never a part. Creates missing parent folders.
 *
 * @example
 * await writeFileAtomic('reports/synth_summary.json', JSON.stringify(summary, null, 2) + '\n');
 */
export async function writeFileAtomic(path: string, data: string | Buffer): Promise<void> {
  const tempPath = tempPathFor(path);
  registerTemporary(tempPath, () => undefined);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(tempPath, data);
    await rename(tempPath, path);
  } catch (e) {
    try {
      unlinkQuietly(tempPath);
    } catch {
      // the original error is the one worth reporting
    }
    throw new IoError(`Cannot write ${path}${reason(e)}`, path, 'write', { cause: e });
  } finally {
    unregisterTemporary(tempPath);
  }
}
