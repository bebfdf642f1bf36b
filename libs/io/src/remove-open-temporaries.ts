import { removeAllTemporaries } from './internal/temporaries';

/**
 * Stops every writer of this process that is still open and deletes its temporary file; final paths are
 * not touched. Synchronous, so it is safe in signal and `exit` handlers. Returns the removed paths.
 *
 * @example
 * try { await run(); } catch (e) { removeOpenTemporaries(); throw e; }
 */
export function removeOpenTemporaries(): string[] {
  return removeAllTemporaries();
}
