import { unlinkSync } from 'node:fs';

/** Open temporaries of this process: temp path → synchronous "stop writing" hook. */
const open = new Map<string, () => void>();

export function tempPathFor(path: string): string {
  return `${path}.tmp-${process.pid}`;
}

export function registerTemporary(tempPath: string, stop: () => void): void {
  open.set(tempPath, stop);
}

export function unregisterTemporary(tempPath: string): void {
  open.delete(tempPath);
}

export function openTemporaries(): string[] {
  return [...open.keys()];
}

/** Removes a file, ignoring "does not exist". */
export function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}

/** Stops every open writer and deletes its temporary; returns the removed paths. Synchronous (signal-safe). */
export function removeAllTemporaries(): string[] {
  const removed: string[] = [];
  for (const [tempPath, stop] of [...open]) {
    open.delete(tempPath);
    try {
      stop();
    } catch {
      // the stream is already broken: removing the file is what matters
    }
    try {
      unlinkQuietly(tempPath);
      removed.push(tempPath);
    } catch {
      // keep going: the other temporaries must still go
    }
  }
  return removed;
}
