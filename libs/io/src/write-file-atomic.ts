import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { IoError } from './io-error';
import { registerTemporary, tempPathFor, unlinkQuietly, unregisterTemporary } from './internal/temporaries';
import { reason } from './internal/reason';
import type { CommitGroup } from './commit-group';

/**
 * Writes a whole file through `<path>.tmp-<pid>` and a rename: readers see the old file or the new one,
 * never a part. Creates missing parent folders. With `options.group` the rename waits for the group's `commit()`.
 *
 * @example
 * await writeFileAtomic('reports/synth_summary.json', JSON.stringify(summary, null, 2) + '\n');
 */
export async function writeFileAtomic(
  path: string,
  data: string | Buffer,
  options: { group?: CommitGroup } = {},
): Promise<void> {
  const tempPath = tempPathFor(path);
  registerTemporary(tempPath, () => undefined);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(tempPath, data);
    if (options.group) {
      // Complete, but renamed only when the group commits; stays registered for cleanup until then.
      options.group.hold(tempPath, path);
      return;
    }
    await rename(tempPath, path);
  } catch (e) {
    try {
      unlinkQuietly(tempPath);
    } catch {
      // the original error is the one worth reporting
    }
    unregisterTemporary(tempPath);
    throw new IoError(`Cannot write ${path}${reason(e)}`, path, 'write', { cause: e });
  }
  unregisterTemporary(tempPath);
}
