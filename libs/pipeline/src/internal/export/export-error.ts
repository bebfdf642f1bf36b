/**
 * An input problem found by `synth export` (a missing or inconsistent dataset, an unknown format): the
 * command reports it as a usage error (exit 2) before or instead of touching the export folder.
 */
export class ExportError extends Error {
  override readonly name = 'ExportError';

  constructor(
    message: string,
    /** The file or folder concerned, when there is one. */
    readonly path?: string,
  ) {
    super(message);
  }
}
