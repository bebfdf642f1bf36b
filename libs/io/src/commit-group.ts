import { renameSync } from 'node:fs';
import { IoError } from './io-error';
import { unlinkQuietly, unregisterTemporary } from './internal/temporaries';

/** A finished temporary waiting for its rename. */
interface Held {
  tempPath: string;
  path: string;
}

/**
 * Holds the renames of several outputs until all of them are complete, so that a set of files (a dataset
 * and its summary) replaces the previous set all at once or not at all. Writers given the group rename
 * nothing on `close()`: their finished temporaries stay registered (a signal or a failure still removes
 * them) until {@link CommitGroup.commit} renames them all, synchronously, or {@link CommitGroup.discard}
 * deletes them.
 *
 * @example
 * const group = createCommitGroup();
 * const w = createCsvWriter('data/synth/leads.csv', columns, { group });
 * await w.close();            // data/synth/leads.csv.tmp-<pid> is complete; leads.csv is still the old one
 * check(w.tempPath);          // e.g. validate what was written
 * group.commit();             // now every file of the group is in place
 */
export interface CommitGroup {
  /** Temporaries held so far (complete files), in the order they were closed. */
  readonly held: readonly Held[];
  /** Renames every held temporary to its final path, synchronously (no signal can interleave). */
  commit(): void;
  /** Deletes every held temporary; the final paths keep their earlier content. */
  discard(): void;
  /** Used by the writers: adds a finished temporary. */
  hold(tempPath: string, path: string): void;
}

export function createCommitGroup(): CommitGroup {
  const held: Held[] = [];
  return {
    held,
    hold(tempPath, path) {
      held.push({ tempPath, path });
    },
    commit() {
      for (const h of held.splice(0)) {
        try {
          renameSync(h.tempPath, h.path);
        } catch (e) {
          throw new IoError(`Cannot rename ${h.tempPath} to ${h.path}: ${(e as Error).message}`, h.path, 'rename', {
            cause: e,
          });
        }
        unregisterTemporary(h.tempPath);
      }
    },
    discard() {
      for (const h of held.splice(0)) {
        unregisterTemporary(h.tempPath);
        unlinkQuietly(h.tempPath);
      }
    },
  };
}
