/** What an {@link IoError} was doing when it failed. */
export type IoOperation = 'open' | 'write' | 'close' | 'rename' | 'abort' | 'read';

/**
 * The one error class of `@synth/io`: every failure names the file and the operation.
 *
 * @example
 * try { await writer.close(); } catch (e) { if (e instanceof IoError) console.error(e.path, e.operation); }
 */
export class IoError extends Error {
  override readonly name = 'IoError';

  constructor(
    message: string,
    /** The final path the caller asked for (not the temporary). */
    readonly path: string,
    readonly operation: IoOperation,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
